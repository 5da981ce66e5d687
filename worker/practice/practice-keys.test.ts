import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../server/duckdb/native-database';
import type { SqlDatabase } from '../../shared/sql/database';
import { openWasmDatabase } from '../../test/support/wasm-database';
import { practiceKeySql } from './practice-keys';

/** The same function in BigInt arithmetic, written independently of the SQL. */
function referenceKey(unitId: bigint): number {
  const p = 2147483647n;
  const x0 = ((unitId % p) + p) % p;
  const x1 = (x0 * 48271n) % p;
  const x2 = ((x1 ^ (x1 >> 13n)) * 69621n + 97n) % p;
  return Number(x2) / Number(p);
}

// Unit ids like the synthetic datastore's: large positive BIGINTs, increasing, random low bits.
const ids = Array.from(
  { length: 5000 },
  (_, i) => (BigInt(i) << 31n) + BigInt((i * 7919 + 13) % 2147483647) + (1n << 60n),
);
const source = `SELECT * FROM (VALUES ${ids.map((id) => `(${id}::BIGINT)`).join(',')}) t(unit_id)`;

describe('practice record keys', () => {
  let dbs: SqlDatabase[] = [];
  beforeAll(async () => {
    dbs = [await openNativeDatabase({ threads: 1 }), await openWasmDatabase()];
  });
  afterAll(async () => {
    for (const db of dbs) await db.close();
  });

  it('are the same on DuckDB 1.5 and duckdb-wasm 1.4, and equal an independent BigInt computation', async () => {
    const sql = `SELECT CAST(unit_id AS VARCHAR) AS id, ${practiceKeySql('unit_id')} AS key FROM (${source}) ORDER BY unit_id`;
    const [native, wasm] = [await dbs[0]!.query(sql), await dbs[1]!.query(sql)];
    expect(wasm).toEqual(native);
    expect(native.map((r) => r.key)).toEqual(ids.map(referenceKey));
  });

  it('lie in [0, 1), spread evenly over ten bins, and differ between units', async () => {
    const keys = ids.map(referenceKey);
    expect(keys.every((k) => k >= 0 && k < 1)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    const bins = new Array<number>(10).fill(0);
    for (const k of keys) bins[Math.floor(k * 10)]! += 1;
    // Chi-square with 9 degrees of freedom: 27.9 is the 0.999 quantile.
    const chi = bins.reduce((s, n) => s + (n - 500) ** 2 / 500, 0);
    expect(chi).toBeLessThan(27.9);
  });
});
