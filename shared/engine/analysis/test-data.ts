/** A seeded generator (mulberry32): reproducible test data without Math.random. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Σ keys mod 2^32, computed independently of SQL with BigInt (null for no keys): a cell's key sum. */
export function keySumOf(keys: readonly number[]): number | null {
  if (keys.length === 0) return null;
  return Number(keys.reduce((s, k) => s + BigInt(k), 0n) % 2n ** 32n);
}

/** Type-7 quantile (R's default, DuckDB's quantile_cont), computed independently for tests. */
export function type7(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = sorted[Math.floor(h)] ?? Number.NaN;
  const hi = sorted[Math.ceil(h)] ?? Number.NaN;
  return lo + (hi - lo) * (h - Math.floor(h));
}
