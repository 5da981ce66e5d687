import type { VariableFact } from '../catalog/facts';
import type { ReferenceLists } from '../codelists/reference-lists';
import type { SynthParams } from '../plan/options';
import type { Schedule } from '../plan/schedule';
import type { Rng } from '../sql/random';

/** Codes a categorical variable draws from, with relative frequencies. */
export interface Domain {
  codes: string[];
  weights: number[];
}

/** What a recipe sees: the variable, its schedule and the run's randomness and code lists. */
export interface RecipeEnv {
  fact: VariableFact;
  schedule: Schedule;
  rng: Rng;
  params: SynthParams;
  lists: ReferenceLists;
  /** The variable's value domain when it is categorical (real list or reference codes), else null. */
  domain: Domain | null;
}

/**
 * A recipe returns a SELECT with columns unit_id, value, start, stop whose rows come out sorted by unit
 * and start without an ORDER BY (scans, filters, projections and UNNEST of one sorted table only), or
 * null when it does not apply to this schedule (the generic recipe then takes over). No joins and no
 * `x IN (...)` lists either: DuckDB turns long IN lists into a join that may reorder rows; use
 * `list_contains([...], x)`.
 */
export type Recipe = (env: RecipeEnv) => string | null;

/** SQL date literal. */
export const sqlDate = (iso: string) => `DATE '${iso}'`;

/** SQL list of date literals. */
export const dateList = (dates: string[]) => `[${dates.map(sqlDate).join(', ')}]`;

/** The calendar year of an ISO date. */
export const yearOf = (iso: string) => Number(iso.slice(0, 4));
