import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../server/duckdb/native-database';
import { openWasmDatabase } from '../../test/support/wasm-database';
import type { SqlDatabase } from '../sql/database';
import { quoteIdent, quoteString } from '../sql/quote';
import { perturbCount } from './cell-key';
import { defaultDisclosureConfig as config } from './config';
import { perturbSum } from './magnitude';
import {
  aliasedSelectList,
  cellKeySumSql,
  countCellSql,
  magnitudeCellSql,
  percentileSql,
  populationDifferenceSql,
  readCountCell,
  readMagnitudeCell,
  winsorizedSelectSql,
} from './sql';

// A seeded generator (mulberry32) for reproducible, uniformly spread test data.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A double with all 53 bits in use, in [0, 1): the shape of a real record key. */
function keyFrom(next: () => number): number {
  return (Math.floor(next() * 2 ** 26) * 2 ** 27 + Math.floor(next() * 2 ** 27)) / 2 ** 53;
}

/** The cell key sum computed independently with BigInt. */
function referenceKeySum(keys: number[]): number {
  const sum = keys.reduce((s, k) => s + BigInt(Math.floor(k * 2 ** 32)), 0n);
  return Number(sum % 2n ** 32n);
}

/** Type-7 quantile, as R's default and DuckDB's quantile_cont define it. */
function type7(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = sorted[Math.floor(h)] ?? Number.NaN;
  const hi = sorted[Math.ceil(h)] ?? Number.NaN;
  return lo + (hi - lo) * (h - Math.floor(h));
}

interface Row {
  g: number;
  key: number;
  amount: number | null;
}

const next = random(2024);
const rows: Row[] = Array.from({ length: 3000 }, (_, i) => ({
  g: i % 7,
  key: keyFrom(next),
  // Cents, some negative, some missing; at most 2 decimals so DECIMAL(38,6) holds them exactly.
  amount: i % 11 === 0 ? null : Math.round((next() - 0.1) * 1e7) / 100,
}));

function valuesSql(list: Row[]): string {
  return list
    .map(
      (r) =>
        `(${r.g}, CAST(${quoteString(String(r.key))} AS DOUBLE), ${r.amount === null ? 'NULL' : `CAST(${quoteString(String(r.amount))} AS DECIMAL(18,2))`})`,
    )
    .join(',\n');
}

describe('disclosure SQL on native DuckDB 1.5 and duckdb-wasm 1.4', () => {
  let dbs: SqlDatabase[] = [];
  beforeAll(async () => {
    dbs = [await openNativeDatabase({ threads: 4 }), await openWasmDatabase()];
    const shuffled = [...rows].sort((a, b) => a.key - b.key);
    for (const db of dbs) {
      await db.exec(
        `CREATE TABLE t (g INTEGER, "key" DOUBLE, amount DECIMAL(18,2)); INSERT INTO t VALUES ${valuesSql(rows)}`,
      );
      await db.exec(
        `CREATE TABLE t_shuffled AS SELECT * FROM t WHERE false; INSERT INTO t_shuffled VALUES ${valuesSql(shuffled)}`,
      );
    }
  });
  afterAll(async () => {
    for (const db of dbs) await db.close();
  });

  /** Runs a query on both transports, asserts identical answers, and returns one. */
  async function both(sql: string) {
    const [native, wasm] = await Promise.all(dbs.map((db) => db.query(sql)));
    expect(wasm).toEqual(native);
    return native ?? [];
  }

  it('computes the cell key sum exactly, per group, as an independent BigInt sum does', async () => {
    const got = await both(`SELECT g, ${cellKeySumSql(quoteIdent('key'))} AS k FROM t GROUP BY g ORDER BY g`);
    const expected = [0, 1, 2, 3, 4, 5, 6].map((g) => ({
      g,
      k: referenceKeySum(rows.filter((r) => r.g === g).map((r) => r.key)),
    }));
    expect(got).toEqual(expected);
  });

  it('gives the same key sums whatever the row order', async () => {
    const sql = (table: string) =>
      `SELECT g, ${cellKeySumSql('"key"')} AS k FROM ${table} GROUP BY g ORDER BY g`;
    expect(await both(sql('t_shuffled'))).toEqual(await both(sql('t')));
  });

  it('gives the same key sums over 400 000 rows in any order and thread count', async () => {
    // Keys from exact integer arithmetic and one IEEE division, so JS can recompute them bit for bit.
    const keyOf = (i: number) => ((i * 2654435761) % 4294967291) / 4294967291;
    const source = `SELECT i % 3 AS g, ((i * 2654435761) % 4294967291) / 4294967291.0 AS "key" FROM range(400000) r(i)`;
    const grouped = (from: string) =>
      `SELECT g, ${cellKeySumSql('"key"')} AS k FROM (${from}) GROUP BY g ORDER BY g`;
    const plain = await both(grouped(source));
    const reordered = await both(grouped(`${source} ORDER BY hash(i)`));
    await dbs[0]?.exec('SET threads = 1');
    const single = await dbs[0]?.query(grouped(source));
    await dbs[0]?.exec('SET threads = 4');
    const expected = [0, 1, 2].map((g) => {
      const keys: number[] = [];
      for (let i = g; i < 400000; i += 3) keys.push(keyOf(i));
      return { g, k: referenceKeySum(keys) };
    });
    expect(plain).toEqual(expected);
    expect(reordered).toEqual(expected);
    expect(single).toEqual(expected);
  });

  it('computes count cells that perturb identically on both transports', async () => {
    const got = await both(
      `SELECT g, ${aliasedSelectList(countCellSql('"key"'), 'c_')} FROM t GROUP BY g ORDER BY g`,
    );
    for (const row of got) {
      const cell = readCountCell(row, 'c_');
      expect(cell.units).toBe(rows.filter((r) => r.g === row.g).length);
      expect(perturbCount(cell, config).outcome).toBe('ok');
    }
  });

  it('computes magnitude cells as an exact reference does, ignoring missing values', async () => {
    const fragments = magnitudeCellSql('amount', '"key"', config);
    const got = await both(`SELECT g, ${aliasedSelectList(fragments)} FROM t GROUP BY g ORDER BY g`);
    for (const row of got) {
      const present = rows.filter((r) => r.g === row.g && r.amount !== null);
      const cents = present.map((r) => Math.round((r.amount ?? 0) * 100));
      const abs = cents.map(Math.abs).sort((a, b) => b - a);
      expect(readMagnitudeCell(row)).toEqual({
        units: present.length,
        keySum: referenceKeySum(present.map((r) => r.key)),
        sum: cents.reduce((s, c) => s + c, 0) / 100,
        absSum: abs.reduce((s, c) => s + c, 0) / 100,
        maxAbs: (abs[0] ?? 0) / 100,
        topAbsSum: ((abs[0] ?? 0) + (abs[1] ?? 0)) / 100,
      });
      expect(perturbSum(readMagnitudeCell(row), 'sum:amount', config).outcome).toBe('ok');
    }
  });

  it('reads an empty magnitude cell as zero contributions with no key', async () => {
    const [row] = await both(
      `SELECT ${aliasedSelectList(magnitudeCellSql('amount', '"key"', config))} FROM t WHERE false`,
    );
    expect(readMagnitudeCell(row ?? {})).toEqual({
      units: 0,
      keySum: null,
      sum: 0,
      absSum: 0,
      maxAbs: 0,
      topAbsSum: 0,
    });
  });

  it('winsorises columns with hostile names at type-7 1 % / 99 % bounds, keeping NULLs and other columns', async () => {
    const hostile = 'inntekt "brutto"; kjønn';
    // `untouched` is DOUBLE because the wasm test transport reads DECIMAL columns as unscaled strings.
    for (const db of dbs) {
      await db.exec(
        `CREATE TABLE w AS SELECT g, "key", amount AS ${quoteIdent(hostile)}, CAST(amount AS DOUBLE) AS untouched FROM t`,
      );
    }
    const got = await both(`${winsorizedSelectSql('SELECT * FROM w', [hostile], config)} ORDER BY "key"`);
    const present = rows.map((r) => r.amount).filter((a): a is number => a !== null);
    const lower = type7(present, 0.01);
    const upper = type7(present, 0.99);
    const byKey = [...rows].sort((a, b) => a.key - b.key);
    expect(got).toHaveLength(rows.length);
    for (const [i, row] of got.entries()) {
      const original = byKey[i]?.amount ?? null;
      expect(Object.keys(row)).toEqual(['g', 'key', hostile, 'untouched']);
      expect(row.untouched).toBe(original);
      const value = row[hostile];
      if (original === null) expect(value).toBeNull();
      else if (original < lower) expect(value).toBeCloseTo(lower, 6);
      else if (original > upper) expect(value).toBeCloseTo(upper, 6);
      else expect(value).toBe(original);
    }
    const clipped = got.map((r) => r[hostile]).filter((v): v is number => typeof v === 'number');
    expect(Math.min(...clipped)).toBeGreaterThan(Math.min(...present));
    expect(Math.max(...clipped)).toBeLessThan(Math.max(...present));
  });

  it('computes type-7 percentiles identically on both transports', async () => {
    const [row] = await both(
      `SELECT ${percentileSql('amount', 0.5)} AS median, ${percentileSql('amount', 0.9)} AS p90 FROM t`,
    );
    const present = rows.map((r) => r.amount).filter((a): a is number => a !== null);
    expect(row?.median).toBeCloseTo(type7(present, 0.5), 6);
    expect(row?.p90).toBeCloseTo(type7(present, 0.9), 6);
  });

  it('counts the units on each side of a population difference', async () => {
    const everyone = 'SELECT i AS "PERSONID_1" FROM range(1, 2001) r(i)';
    const withoutThree = `${everyone} WHERE i NOT IN (5, 500, 1999)`;
    const shifted = 'SELECT i AS "PERSONID_1" FROM range(11, 2011) r(i)';
    const diff = (a: string, b: string) => both(populationDifferenceSql(a, b, 'PERSONID_1'));
    expect(await diff(withoutThree, everyone)).toEqual([{ onlyInNew: 0, onlyInEarlier: 3 }]);
    expect(await diff(shifted, everyone)).toEqual([{ onlyInNew: 10, onlyInEarlier: 10 }]);
    expect(await diff(everyone, everyone)).toEqual([{ onlyInNew: 0, onlyInEarlier: 0 }]);
  });
});
