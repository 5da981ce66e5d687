import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatastoreDir } from '../../test/fixtures/datastore';
import { DatastoreQuery } from './test-support';

describe('plausible marginals of the test datastore (10,000 persons)', () => {
  let q: DatastoreQuery;
  /** Residents on 1 January 2020 with sex and age. */
  let residents: string;
  beforeAll(async () => {
    q = await DatastoreQuery.open(testDatastoreDir());
    residents = `(SELECT s.unit_id, k.value AS sex, 2020 - b.value // 100 AS age FROM ${q.v('BEFOLKNING_STATUSKODE')} s
      JOIN ${q.v('BEFOLKNING_KJOENN')} k USING (unit_id) JOIN ${q.v('BEFOLKNING_FOEDSELS_AAR_MND')} b USING (unit_id)
      WHERE s.start = DATE '2020-01-01' AND s.value = '1')`;
  });
  afterAll(() => q.close());

  it('has about the requested number of residents at the end of the range', async () => {
    const n = await q.number(
      `SELECT count(*) FROM ${q.v('BEFOLKNING_STATUSKODE')} WHERE start = DATE '2025-01-01' AND value = '1'`,
    );
    expect(n).toBeGreaterThan(9_500);
    expect(n).toBeLessThan(10_500);
  });

  it('has about as many men as women, and more women among the oldest', async () => {
    const [r] =
      await q.rows(`SELECT count(*) FILTER (WHERE sex = '1') / count(*) FILTER (WHERE sex = '2') AS ratio,
      count(*) FILTER (WHERE sex = '1' AND age >= 85) / count(*) FILTER (WHERE sex = '2' AND age >= 85) AS old_ratio FROM ${residents}`);
    expect(Number(r?.ratio)).toBeGreaterThan(0.95);
    expect(Number(r?.ratio)).toBeLessThan(1.08);
    expect(Number(r?.old_ratio)).toBeLessThan(0.85);
  });

  it('has an age pyramid shaped like Norway’s: a broad working age, a narrowing top', async () => {
    const [r] =
      await q.rows(`SELECT avg((age < 20)::INTEGER) AS young, avg((age BETWEEN 20 AND 66)::INTEGER) AS working,
      avg((age >= 67)::INTEGER) AS old, avg((age >= 90)::INTEGER) AS oldest FROM ${residents}`);
    expect(Number(r?.young)).toBeGreaterThan(0.2);
    expect(Number(r?.young)).toBeLessThan(0.28);
    expect(Number(r?.working)).toBeGreaterThan(0.55);
    expect(Number(r?.working)).toBeLessThan(0.67);
    expect(Number(r?.old)).toBeGreaterThan(0.12);
    expect(Number(r?.old)).toBeLessThan(0.22);
    expect(Number(r?.oldest)).toBeLessThan(0.02);
  });

  it('pays higher wages for more education (NUS level) among 30–59 year olds', async () => {
    const rows = await q.rows(`
      WITH w AS (SELECT unit_id, value AS wage FROM ${q.v('INNTEKT_WLONN')} WHERE start = DATE '2020-01-01'),
      e AS (SELECT unit_id, substr(value, 1, 1)::INTEGER AS lvl FROM ${q.v('NUDB_BU')}
        WHERE start <= DATE '2020-12-31' AND (stop IS NULL OR stop >= DATE '2020-12-31'))
      SELECT CASE WHEN lvl <= 2 THEN 'a' WHEN lvl <= 5 THEN 'b' WHEN lvl = 6 THEN 'c' WHEN lvl <= 8 THEN 'd' END AS grp, avg(wage) AS wage, count(*) AS n
      FROM w JOIN e USING (unit_id) JOIN ${residents} r USING (unit_id) WHERE r.age BETWEEN 30 AND 59 AND lvl <> 9 GROUP BY grp ORDER BY grp`);
    expect(rows.map((r) => r.grp)).toEqual(['a', 'b', 'c', 'd']);
    for (const r of rows) expect(Number(r.n)).toBeGreaterThan(100);
    const wages = rows.map((r) => Number(r.wage));
    for (let k = 1; k < wages.length; k++) expect(wages[k]!).toBeGreaterThan(wages[k - 1]! * 1.05);
  });

  it('pays more at prime age than at 20, and men more than women', async () => {
    const [r] = await q.rows(`
      SELECT avg(wage) FILTER (WHERE age = 20) AS at20, avg(wage) FILTER (WHERE age BETWEEN 45 AND 54) AS prime,
        avg(wage) FILTER (WHERE age BETWEEN 30 AND 59 AND sex = '1') AS men, avg(wage) FILTER (WHERE age BETWEEN 30 AND 59 AND sex = '2') AS women
      FROM (SELECT unit_id, value AS wage FROM ${q.v('INNTEKT_WLONN')} WHERE start = DATE '2020-01-01') JOIN ${residents} USING (unit_id)`);
    expect(Number(r?.prime)).toBeGreaterThan(2 * Number(r?.at20));
    expect(Number(r?.men)).toBeGreaterThan(Number(r?.women));
    expect(Number(r?.prime)).toBeGreaterThan(400_000);
    expect(Number(r?.prime)).toBeLessThan(1_000_000);
  });

  it('marries people in midlife more than in their twenties, and widows the old', async () => {
    const [r] = await q.rows(`
      SELECT avg((value = '2')::INTEGER) FILTER (WHERE age BETWEEN 20 AND 29) AS married20s,
        avg((value = '2')::INTEGER) FILTER (WHERE age BETWEEN 45 AND 60) AS married45,
        avg((value = '3')::INTEGER) FILTER (WHERE age >= 80) AS widowed80
      FROM ${q.v('SIVSTANDFDT_SIVSTAND')} JOIN ${residents} USING (unit_id)
      WHERE start <= DATE '2020-01-01' AND (stop IS NULL OR stop >= DATE '2020-01-01')`);
    expect(Number(r?.married45)).toBeGreaterThan(2 * Number(r?.married20s));
    expect(Number(r?.widowed80)).toBeGreaterThan(0.2);
  });

  it('puts about one in seven in Oslo and employs most of the working age', async () => {
    const oslo = await q.number(
      `SELECT avg((value = '0301')::INTEGER) FROM ${q.v('BEFOLKNING_KOMMNR_FORMELL')} WHERE start = DATE '2020-01-01'`,
    );
    expect(oslo).toBeGreaterThan(0.1);
    expect(oslo).toBeLessThan(0.2);
    const employed =
      await q.number(`SELECT avg((s.value = '1')::INTEGER) FROM ${q.v('REGSYS_ARB_ARBMARK_STATUS')} s
      JOIN ${q.v('BEFOLKNING_FOEDSELS_AAR_MND')} b USING (unit_id) WHERE s.start = DATE '2019-11-16' AND 2019 - b.value // 100 BETWEEN 25 AND 59`);
    expect(employed).toBeGreaterThan(0.7);
    expect(employed).toBeLessThan(0.92);
  });
});
