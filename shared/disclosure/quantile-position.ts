/**
 * Where a type-7 quantile (DuckDB `quantile_cont`, R's default) falls among n sorted values: at position
 * (n - 1)·q, interpolating between its two neighbours. A quantile "touches an extreme" when the smallest or
 * largest value gets any weight, which is how a percentile could give away one unit's min or max.
 */

/** True when the type-7 quantile q of n values gives weight to the smallest or the largest value. */
export function touchesExtremes(units: number, q: number): boolean {
  if (units < 3) return true;
  const position = (units - 1) * q;
  return position < 1 || position > units - 2;
}

/** The fewest values for which the type-7 quantile q gives no weight to either extreme. */
export function minUnitsAwayFromExtremes(q: number): number {
  const nearest = Math.min(q, 1 - q);
  if (!(nearest > 0)) return Number.POSITIVE_INFINITY;
  // Start just below the analytic bound 1 + 1/q and step up, so floating-point rounding cannot make us disagree
  // with `touchesExtremes`, which is what the rules actually apply.
  let n = Math.max(3, Math.floor(1 + 1 / nearest) - 2);
  while (touchesExtremes(n, q)) n++;
  return n;
}

/** The fewest values for which none of the quantiles `qs` gives weight to an extreme. */
export function minUnitsForQuantiles(qs: readonly number[]): number {
  return Math.max(3, ...qs.map(minUnitsAwayFromExtremes));
}
