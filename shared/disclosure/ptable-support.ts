/**
 * The possible outcomes of the cell key method for one true count, kept apart from the table itself so the
 * configuration schema can check feasibility without building the table.
 */

/** Perturbation parameters that decide which published counts are possible. */
export interface SupportParameters {
  /** D: no count moves by more than this. */
  maxDeviation: number;
  /** js: published counts 1..js never appear (they are blocked). */
  blockAtOrBelow: number;
}

/**
 * The deviations a true count `count` may receive: every d in [-D, D] such that count + d is 0 or above js.
 * Ascending. Count 0 has only deviation 0 (an empty cell stays empty).
 */
export function supportOf(count: number, params: SupportParameters): number[] {
  if (count === 0) return [0];
  const out: number[] = [];
  for (let d = -params.maxDeviation; d <= params.maxDeviation; d++) {
    const published = count + d;
    if (published === 0 || published > params.blockAtOrBelow) out.push(d);
  }
  return out;
}

/** The smallest true count that is perturbed (counts 1..js are suppressed instead). */
export function firstPerturbedCount(params: SupportParameters): number {
  return params.blockAtOrBelow + 1;
}

/** From this true count on every row has the full symmetric support [-D, D], so one row serves them all. */
export function lastDistinctCount(params: SupportParameters): number {
  return params.maxDeviation + params.blockAtOrBelow + 1;
}

/**
 * The largest variance a zero-mean distribution on `support` can have: all mass on the two ends (-a, b),
 * which gives a·b. The maximum-entropy solution exists only for variances strictly inside (0, a·b).
 */
export function maxFeasibleVariance(support: readonly number[]): number {
  const low = support[0] ?? 0;
  const high = support[support.length - 1] ?? 0;
  return low < 0 && high > 0 ? -low * high : 0;
}
