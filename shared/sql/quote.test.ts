import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../server/duckdb/native-database';
import { openWasmDatabase } from '../../test/support/wasm-database';
import type { SqlDatabase } from './database';
import { quoteDate, quoteIdent, quoteLiteral, quoteNumber, quoteString } from './quote';

const hostileNames = [
  'kjønn',
  'formuehøy',
  'select',
  'a"b',
  '"; DROP TABLE t; --',
  "o'brien",
  'START@sivstand',
  'date@panel',
  'æøå ÆØÅ',
  '  spaces  ',
];

const transports: [string, () => Promise<SqlDatabase>][] = [
  ['native DuckDB', () => openNativeDatabase()],
  ['duckdb-wasm', () => openWasmDatabase()],
];

describe.each(transports)('quoting on %s', (_name, open) => {
  let db: SqlDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db.close();
  });

  it.each(hostileNames)('round-trips the column name %j', async (name) => {
    await db.exec(`CREATE OR REPLACE TABLE t (${quoteIdent(name)} INTEGER)`);
    await db.exec(`INSERT INTO t VALUES (7)`);
    const rows = await db.query(`SELECT ${quoteIdent(name)} FROM t`);
    expect(rows).toEqual([{ [name]: 7 }]);
  });

  it.each(hostileNames)('round-trips the string literal %j', async (value) => {
    const rows = await db.query(`SELECT ${quoteString(value)} AS v`);
    expect(rows).toEqual([{ v: value }]);
  });

  it('writes numbers, dates and nulls that DuckDB reads back exactly', async () => {
    const rows = await db.query(
      `SELECT ${quoteNumber(-42)} AS i, ${quoteNumber(0.1)} AS d, ${quoteDate('2020-02-29')} AS day, ${quoteLiteral(null)} AS n, ${quoteLiteral(true)} AS b`,
    );
    expect(rows).toEqual([{ i: -42, d: 0.1, day: '2020-02-29', n: null, b: true }]);
  });

  it('reads BIGINT counts as numbers', async () => {
    const rows = await db.query('SELECT count(*) AS n, 9007199254740993::BIGINT AS big FROM range(5)');
    expect(rows).toEqual([{ n: 5, big: '9007199254740993' }]);
  });
});

describe('quoting rejects what cannot be quoted', () => {
  it.each([
    () => quoteIdent(''),
    () => quoteIdent('a\u0000b'),
    () => quoteString('\u0000'),
    () => quoteNumber(Number.NaN),
    () => quoteNumber(Number.POSITIVE_INFINITY),
    () => quoteDate('2021-02-29'),
    () => quoteDate("2020-01-01' OR 1=1"),
  ])('case %#', (fn) => {
    expect(fn).toThrow();
  });
});
