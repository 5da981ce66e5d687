/**
 * Rounds a floating-point aggregate to 12 significant digits. DuckDB's parallel DOUBLE aggregates (stddev,
 * correlations, moments) can differ in their last bits from run to run; rounding makes a repeated command give
 * the same raw result (and the same published numbers) without hiding anything a user could see.
 */
export function stable(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (value === 0) return 0;
  return Number(value.toPrecision(12));
}
