/**
 * Public record keys for practice mode, derived from the unit id in SQL instead of read from the secret
 * `keys/` file.
 *
 * Why this is safe only for synthetic data: the cell-key method hides small differences between tables
 * because nobody outside knows the keys. Anyone can compute these keys from a unit id, so with real data an
 * attacker who knows some units' ids could predict (and subtract) the noise of cells they fall in. Practice
 * data is made up: there is no person to protect, and the browser holds every row anyway. The practice
 * server route refuses any datastore whose manifest does not say `synthetic: true`, and the server's live
 * engine always reads the secret keys.
 *
 * The hash is plain BIGINT arithmetic (no `hash()` or `md5`, whose results may change between DuckDB versions),
 * so DuckDB 1.5 (native) and 1.4 (wasm) give bit-identical keys: a Park–Miller step modulo the Mersenne prime
 * 2^31 − 1, an xor-shift, and an affine step, every product below 2^48. (HUGEINT arithmetic would allow a
 * wider modulus but costs seconds per 100,000 units in duckdb-wasm; this costs about 0.1 s.)
 */
const MODULUS = '2147483647';

/** SQL for the practice record key, a DOUBLE in [0, 1), of the BIGINT unit id expression `unitIdSql`. */
export function practiceKeySql(unitIdSql: string): string {
  const x0 = `((${unitIdSql} % ${MODULUS}) + ${MODULUS}) % ${MODULUS}`;
  const x1 = `((${x0}) * 48271 % ${MODULUS})`;
  const x2 = `(xor(${x1}, ${x1} >> 13) * 69621 + 97) % ${MODULUS}`;
  return `CAST(${x2} AS DOUBLE) / ${MODULUS}.0`;
}
