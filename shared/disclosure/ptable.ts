import type { DisclosureConfig } from './config';
import { maxEntropyZeroMean } from './maxent';
import { firstPerturbedCount, lastDistinctCount, supportOf } from './ptable-support';

/** Cell keys live in [0, 2^32): the integer form of a key in [0, 1). */
export const KEY_SPACE = 2 ** 32;

/** The perturbation of one true count. */
export interface PerturbationRow {
  /** The true count this row is for (the last row also serves every larger count). */
  count: number;
  /** Possible deviations, ascending. */
  deviations: readonly number[];
  /** Exact probability of each deviation from the maximum-entropy solution (for display). */
  probabilities: readonly number[];
  /** Integer share of the key space per deviation; they sum to 2^32, Σ d·weight = 0 exactly. */
  weights: readonly number[];
  /** Cumulative weights: a key k gets the first deviation whose bound exceeds k. */
  upperBounds: readonly number[];
}

/** The fixed perturbation table for counts, built from the cell key configuration. */
export interface PerturbationTable {
  params: DisclosureConfig['cellKey'];
  /** Rows for true counts js+1 .. D+js+1; count 0 is never perturbed and counts 1..js are suppressed. */
  rows: readonly PerturbationRow[];
}

/**
 * Builds the table. For each true count n > js the deviations d allowed are those in [-D, D] with n + d = 0 or
 * n + d > js (no negative count, no published 1..js). On that support we take the maximum-entropy distribution
 * with mean 0 and variance V (see `maxent.ts`), then quantise it to integer shares of the 2^32 key space so the
 * lookup is exact integer arithmetic, identical on every machine. Quantising rounds each share, gives the
 * rounding remainder to deviation 0 and then moves single units between deviations 0 and +1 until Σ d·share
 * is exactly 0, so the noise has mean exactly zero over the key space; the variance moves by < 1e-8.
 */
export function buildPerturbationTable(params: DisclosureConfig['cellKey']): PerturbationTable {
  const rows: PerturbationRow[] = [];
  for (let count = firstPerturbedCount(params); count <= lastDistinctCount(params); count++) {
    const deviations = supportOf(count, params);
    const probabilities = maxEntropyZeroMean(deviations, params.variance);
    const weights = quantise(deviations, probabilities);
    let total = 0;
    const upperBounds = weights.map((w) => (total += w));
    rows.push({ count, deviations, probabilities, weights, upperBounds });
  }
  return { params: { ...params }, rows };
}

const cache = new WeakMap<DisclosureConfig['cellKey'], PerturbationTable>();

/** The table for a configuration, built once per config object. */
export function perturbationTableFor(config: DisclosureConfig): PerturbationTable {
  let table = cache.get(config.cellKey);
  if (!table) {
    table = buildPerturbationTable(config.cellKey);
    cache.set(config.cellKey, table);
  }
  return table;
}

/** The row for a true count ≥ js+1 (larger counts share the last row); undefined for 0 and blocked counts. */
export function rowFor(table: PerturbationTable, count: number): PerturbationRow | undefined {
  const first = table.rows[0];
  if (!first || count < first.count) return undefined;
  return table.rows[Math.min(count - first.count, table.rows.length - 1)];
}

/** The deviation a cell key (integer in [0, 2^32)) selects in a row. */
export function deviationFor(row: PerturbationRow, key: number): number {
  for (let i = 0; i < row.upperBounds.length; i++) {
    if (key < (row.upperBounds[i] ?? 0)) return row.deviations[i] ?? 0;
  }
  throw new RangeError(`cell key ${key} outside [0, 2^32)`);
}

function quantise(deviations: readonly number[], probabilities: readonly number[]): number[] {
  const weights = probabilities.map((p) => Math.round(p * KEY_SPACE));
  const zero = deviations.indexOf(0);
  const plusOne = deviations.indexOf(1);
  if (zero < 0 || plusOne < 0) throw new RangeError('a perturbed row must allow deviations 0 and +1');
  weights[zero] = (weights[zero] ?? 0) + KEY_SPACE - weights.reduce((s, w) => s + w, 0);
  const drift = deviations.reduce((s, d, i) => s + d * (weights[i] ?? 0), 0);
  // Moving one unit of share from +1 to 0 lowers Σ d·share by exactly 1 (and the reverse raises it).
  weights[plusOne] = (weights[plusOne] ?? 0) - drift;
  weights[zero] = (weights[zero] ?? 0) + drift;
  if (weights.some((w) => w < 0)) throw new RangeError('perturbation row cannot be quantised');
  return weights;
}
