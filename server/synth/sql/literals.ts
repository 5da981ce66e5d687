/**
 * Makes decimal literals DOUBLE. DuckDB reads `0.45` as DECIMAL, so `bigint_column * 0.45` runs in
 * 128-bit decimal arithmetic, about ten times slower than the same in DOUBLE; the generator never wants
 * exact decimals. String literals are left alone (codes like '01.110', dates).
 */
export function doubleLiterals(sql: string): string {
  return sql
    .split(/('(?:[^']|'')*')/)
    .map((part, k) => (k % 2 === 1 ? part : part.replace(/(?<![\w.])(\d+\.\d+)(?![\d.eE\w])/g, '$1::DOUBLE')))
    .join('');
}
