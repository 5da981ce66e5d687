import type { UnitType } from '../../../shared/datastore/manifest';
import { saltOf } from './random';

/**
 * Which 2^59-wide slice of the positive BIGINTs holds each unit type's pseudonyms, so ids never collide
 * across types. Families and households are numbered by a member's person id (as in SSB) and
 * municipalities by their municipality number, so they have no slice of their own.
 */
const SLICE: Partial<Record<UnitType, number>> = {
  person: 5,
  company: 6,
  job: 7,
  course: 8,
  vehicle: 9,
  'traffic-accident': 10,
  'accident-person': 11,
  'hospital-stay': 12,
  'metering-point': 13,
};

/** Internal indexes must stay below 2^27 so that `index << 31` plus the random low bits fit in the slice. */
export const MAX_UNITS = 2 ** 27;

/**
 * SQL for the pseudonym of unit `index` (0-based BIGINT expression) of a unit type: a strictly increasing
 * function of the index with 31 random low bits and a random per-seed offset, so ids look random, differ
 * between seeds and types, and tables generated in index order are already sorted by id.
 */
export function pseudonymSql(type: UnitType, seed: number, index: string): string {
  const slice = SLICE[type];
  if (slice === undefined) throw new Error(`unit type ${type} has no pseudonym slice`);
  const offset = BigInt(saltOf(`offset:${seed}:${type}`)) * 2n ** 25n; // < 2^57
  const base = BigInt(slice) * 2n ** 59n + offset;
  return `(${base}::BIGINT + ((${index})::BIGINT << 31) + (hash(hash(${seed}, ${saltOf(`id:${type}`)}, ${index})) & 2147483647)::BIGINT)`;
}
