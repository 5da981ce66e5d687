import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../server/duckdb/native-database';
import type { SqlDatabase } from '../../shared/sql/database';
import { openWasmDatabase } from './wasm-database';

describe('duckdb-wasm adapter gives the values the native adapter gives', () => {
  let native: SqlDatabase;
  let wasm: SqlDatabase;
  beforeAll(async () => {
    native = await openNativeDatabase({ threads: 1 });
    wasm = await openWasmDatabase();
  });
  afterAll(async () => {
    await native.close();
    await wasm.close();
  });

  async function both(sql: string) {
    const [n, w] = [await native.query(sql), await wasm.query(sql)];
    expect(w).toEqual(n);
    return n;
  }

  it('reads DECIMAL as scaled numbers and HUGEINT as integers', async () => {
    const rows = await both(
      `SELECT CAST(12.5 AS DECIMAL(18,2)) AS a, CAST(-0.05 AS DECIMAL(38,6)) AS b, CAST(1.5 AS DECIMAL(4,1)) AS c,
              CAST(123456789012.345678 AS DECIMAL(38,6)) AS d, sum(x) AS s, CAST(2 AS HUGEINT) ^ 70 AS big
       FROM (VALUES (9007199254740991::BIGINT), (5::BIGINT)) t(x)`,
    );
    expect(rows).toEqual([
      { a: 12.5, b: -0.05, c: 1.5, d: Number('123456789012.345678'), s: '9007199254740996', big: 2 ** 70 },
    ]);
  });

  it('rounds 2,000 random DECIMAL(38,6) values exactly as native DuckDB does', async () => {
    const sql = `SELECT i, CAST((hash(i) % 2000000000000)::BIGINT - 1000000000000 AS DECIMAL(38,6)) / 1000000 AS v
                 FROM range(2000) r(i) ORDER BY i`;
    // hash() differs between versions, so build the values once and send literals to both.
    const values = (await native.query(sql)).map((r) => r.v);
    const literals = values
      .map((v, i) => `(${i}, CAST('${Number(v).toFixed(6)}' AS DECIMAL(38,6)))`)
      .join(',');
    const rows = await both(`SELECT i, v FROM (VALUES ${literals}) t(i, v) ORDER BY i`);
    expect(rows.every((r) => typeof r.v === 'number')).toBe(true);
  });

  it('reads LIST, nested LIST, STRUCT and dates inside them as JSON text', async () => {
    const rows = await both(
      `SELECT [1, 2, 3] AS l, ['a', 'b'] AS s, [1.5::DECIMAL(10,2), NULL] AS d, [DATE '2020-01-02'] AS dt,
              [[1, 2], [3]] AS n, {'a': 1, 'b': [2]} AS st, NULL::INTEGER[] AS none, []::INTEGER[] AS empty`,
    );
    expect(rows).toEqual([
      {
        l: '[1,2,3]',
        s: '["a","b"]',
        d: '[1.5,null]',
        dt: '["2020-01-02"]',
        n: '[[1,2],[3]]',
        st: '{"a":1,"b":[2]}',
        none: null,
        empty: '[]',
      },
    ]);
  });

  it('reads dates, timestamps, unsafe BIGINTs and plain scalars alike', async () => {
    const rows = await both(
      `SELECT DATE '1969-12-31' AS d, TIMESTAMP '2020-01-02 03:04:05' AS ts, 12345678901234567::BIGINT AS big,
              300::UBIGINT AS ub, 1.5::FLOAT AS f, 'x' AS s, true AS b, NULL AS n`,
    );
    expect(rows).toEqual([
      {
        d: '1969-12-31',
        ts: '2020-01-02',
        big: '12345678901234567',
        ub: 300,
        f: 1.5,
        s: 'x',
        b: true,
        n: null,
      },
    ]);
  });
});
