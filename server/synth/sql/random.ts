/** 32-bit FNV-1a of a text: turns a purpose ("residence.move") into a salt, so draws for different purposes are independent. */
export function saltOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * SQL fragments for deterministic randomness: every draw is a hash of the seed, a purpose and the keys
 * (unit index, year, ...), so a value never depends on row order, threads or the size of the run.
 */
export class Rng {
  constructor(readonly seed: number) {}

  /**
   * Raw 64-bit hash (UBIGINT) of the purpose and keys. DuckDB combines the hashes of several arguments
   * so weakly that draws for two purposes correlate (about -0.5); hashing the combination again fixes that.
   */
  hash(purpose: string, ...keys: string[]): string {
    return `hash(hash(${this.seed}, ${saltOf(purpose)}, ${keys.join(', ')}))`;
  }

  /** Uniform double in [0, 1). */
  u(purpose: string, ...keys: string[]): string {
    return `((${this.hash(purpose, ...keys)} >> 11)::DOUBLE * 1.1102230246251565e-16)`;
  }

  /** Standard normal (Box-Muller over two independent uniforms). */
  n(purpose: string, ...keys: string[]): string {
    return `(sqrt(-2.0 * ln(1.0 - ${this.u(`${purpose}#a`, ...keys)})) * cos(6.283185307179586 * ${this.u(`${purpose}#b`, ...keys)}))`;
  }

  /** Whole number in [0, n). */
  int(n: number | string, purpose: string, ...keys: string[]): string {
    return `(${this.hash(purpose, ...keys)} % ${n})::BIGINT`;
  }

  /** Exponential with the given mean. */
  exp(mean: number | string, purpose: string, ...keys: string[]): string {
    return `(-ln(1.0 - ${this.u(purpose, ...keys)}) * ${mean})`;
  }
}

/** A SQL string literal. */
export function lit(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Number of slots of a weighted pick table: resolution of category shares. */
const SLOTS = 1000;

/**
 * SQL picking one of `codes` with probabilities proportional to `weights`, given a uniform draw `u`.
 * Short lists become a CASE; long ones index a constant list of slots (no join, so row order is kept).
 */
export function pickSql(
  codes: readonly string[],
  weights: readonly number[] | null,
  u: string,
  quote = lit,
): string {
  if (codes.length === 0) throw new Error('cannot pick from an empty code list');
  const w = weights ?? codes.map(() => 1);
  const total = w.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new Error('weights must sum to more than zero');
  if (codes.length === 1) return quote(codes[0]!);
  if (codes.length <= 12) {
    let cumulative = 0;
    const arms = codes.slice(0, -1).map((code, k) => {
      cumulative += w[k]! / total;
      return `WHEN ${u} < ${cumulative.toPrecision(15)} THEN ${quote(code)}`;
    });
    return `(CASE ${arms.join(' ')} ELSE ${quote(codes.at(-1)!)} END)`;
  }
  const slots: string[] = [];
  let cumulative = 0;
  let k = 0;
  for (let s = 0; s < SLOTS; s++) {
    const point = (s + 0.5) / SLOTS;
    while (k < codes.length - 1 && cumulative + w[k]! / total <= point) cumulative += w[k++]! / total;
    slots.push(quote(codes[k]!));
  }
  return `([${slots.join(',')}])[1 + least(floor(${u} * ${SLOTS})::INTEGER, ${SLOTS - 1})]`;
}
