import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../server/duckdb/native-database';
import { openWasmDatabase } from '../../test/support/wasm-database';
import { defaultDisclosureConfig as config } from '../disclosure/config';
import type { SqlDatabase } from '../sql/database';
import {
  checkAssignment,
  checkDifferencingOf,
  checkPopulationSizeOf,
  differencesFromHistory,
  guardPopulation,
  POPULATION_HISTORY,
  POPULATION_INDEX,
  rememberPopulation,
} from './population-guard';

// Populations are ranges of unit ids, so the expected differences follow from arithmetic on the ranges.
const range = (from: number, to: number) => `(SELECT range AS "@unit" FROM range(${from}, ${to + 1}))`;
const persons = (sql: string) => ({ unitType: 'person', sql });

describe.each([
  ['native DuckDB', openNativeDatabase],
  ['duckdb-wasm', openWasmDatabase],
])('population guard on %s', (_name, open) => {
  let db: SqlDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db.close();
  });

  describe('T1', () => {
    it('refuses fewer than 1000 distinct units and accepts 1000', async () => {
      expect(await checkPopulationSizeOf(db, range(1, 999), config)).toMatchObject({
        outcome: 'refuse',
        rule: 'T1',
      });
      expect(await checkPopulationSizeOf(db, range(1, 1000), config)).toEqual({ outcome: 'ok', rule: 'T1' });
    });

    it('counts units, not rows, on panels', async () => {
      const panel = `(SELECT u AS "@unit", d FROM range(1, 600) AS a(u), range(0, 3) AS b(d))`;
      expect(await checkPopulationSizeOf(db, panel, config)).toMatchObject({ outcome: 'refuse', rule: 'T1' });
    });

    it('fails closed on a row without a unit id', async () => {
      const withNull = `(SELECT range AS "@unit" FROM range(1, 2000) UNION ALL SELECT NULL)`;
      expect(await checkPopulationSizeOf(db, withNull, config)).toMatchObject({
        outcome: 'refuse',
        rule: 'T1',
        code: 'invalid-input',
      });
    });
  });

  describe('DIFF against live relations', () => {
    it('refuses one person more or fewer, accepts ten, and accepts an identical population', async () => {
      const base = range(1, 1200);
      const check = (sql: string) => checkDifferencingOf(db, sql, [base], config);
      expect(await check(range(1, 1199))).toMatchObject({ outcome: 'refuse', rule: 'DIFF' });
      expect(await check(range(1, 1201))).toMatchObject({ outcome: 'refuse', rule: 'DIFF' });
      expect(await check(range(1, 1190))).toEqual({ outcome: 'ok', rule: 'DIFF' });
      expect(await check(range(1, 1200))).toEqual({ outcome: 'ok', rule: 'DIFF' });
      expect(await check(range(6, 1205))).toMatchObject({ outcome: 'refuse', rule: 'DIFF' });
    });
  });

  describe('DIFF against the remembered history', () => {
    beforeAll(async () => {
      await db.exec(`DROP TABLE IF EXISTS ${POPULATION_INDEX}; DROP TABLE IF EXISTS ${POPULATION_HISTORY};`);
    });

    it('accepts the first population and remembers it once however often it is committed', async () => {
      const first = await guardPopulation(db, persons(range(1, 1200)), config);
      expect(first).toEqual({ decision: { outcome: 'ok', rule: 'T1' }, identicalTo: null });
      await rememberPopulation(db, persons(range(1, 1200)), first);
      const again = await guardPopulation(db, persons(range(1, 1200)), config);
      expect(again.decision.outcome).toBe('ok');
      expect(again.identicalTo).toBe(1);
      await rememberPopulation(db, persons(range(1, 1200)), again);
      await rememberPopulation(db, persons(range(1, 1200)));
      const [row] = await db.query(`SELECT count(*) AS n FROM ${POPULATION_INDEX}`);
      expect(row?.n).toBe(1);
    });

    it('refuses a population one person away from a remembered one, and leaves the history unchanged', async () => {
      const check = await guardPopulation(db, persons(range(2, 1200)), config);
      expect(check.decision).toMatchObject({ outcome: 'refuse', rule: 'DIFF', code: 'population-too-close' });
    });

    it('compares with every earlier population, also those a later keep if replaced', async () => {
      await rememberPopulation(db, persons(range(1, 1100)));
      // 95 away from the first population but 5 from the second.
      const close = await guardPopulation(db, persons(range(1, 1105)), config);
      expect(close.decision).toMatchObject({ outcome: 'refuse', rule: 'DIFF' });
      const far = await guardPopulation(db, persons(range(1, 1150)), config);
      expect(far.decision.outcome).toBe('ok');
    });

    it('swapping a few units in for a few others is refused although the sizes match', async () => {
      const swapped = `(SELECT * FROM ${range(6, 1100)} UNION ALL SELECT * FROM ${range(5001, 5005)})`;
      expect((await guardPopulation(db, persons(swapped), config)).decision).toMatchObject({ rule: 'DIFF' });
    });

    it('only compares populations of the same unit type', async () => {
      const check = await guardPopulation(db, { unitType: 'family', sql: range(1, 1199) }, config);
      expect(check.decision.outcome).toBe('ok');
    });

    it('T1 comes first: a small population is refused by T1 whatever the history', async () => {
      const check = await guardPopulation(db, persons(range(1, 500)), config);
      expect(check.decision).toMatchObject({ outcome: 'refuse', rule: 'T1' });
    });

    it('agrees with populationDifferenceSql, pair by pair, on scattered sets', async () => {
      const scattered = `(SELECT range AS "@unit" FROM range(1, 3000) WHERE range % 7 <> 3 OR range > 2900)`;
      const fromHistory = await differencesFromHistory(db, persons(scattered));
      const pairwise = await Promise.all(
        [range(1, 1200), range(1, 1100)].map(async (earlier) => {
          const rows = await db.query(
            `SELECT count(*) FILTER (WHERE e IS NULL) AS "onlyInNew", count(*) FILTER (WHERE n IS NULL) AS "onlyInEarlier"
             FROM (SELECT "@unit" AS n FROM ${scattered}) FULL JOIN (SELECT "@unit" AS e FROM ${earlier}) ON n = e`,
          );
          return rows[0];
        }),
      );
      expect(fromHistory.map(({ onlyInNew, onlyInEarlier }) => ({ onlyInNew, onlyInEarlier }))).toEqual(
        pairwise,
      );
      // Independently: 1..2999 without ids ≡ 3 (mod 7) up to 2900, vs 1..1200 and 1..1100.
      const kept = (to: number) =>
        Array.from({ length: to }, (_, i) => i + 1).filter((u) => u % 7 !== 3 || u > 2900);
      expect(fromHistory[0]).toMatchObject({
        onlyInNew: kept(2999).length - kept(1200).length,
        onlyInEarlier: 1200 - kept(1200).length,
      });
    });
  });

  describe('T6', () => {
    const dataset = range(1, 1200);
    const assign = (assignedSql: string, datasetSql = dataset) =>
      checkAssignment(db, { datasetSql, assignedSql }, config);

    it('refuses assigning to 1..9 units or to all but 1..9, accepts 0, 10, all-but-10 and all', async () => {
      for (const cond of ['"@unit" = 77', '"@unit" <= 9', '"@unit" > 1', '"@unit" > 9'])
        expect(await assign(cond)).toMatchObject({
          outcome: 'refuse',
          rule: 'T6',
          code: 'change-singles-out',
        });
      for (const cond of ['false', '"@unit" <= 10', '"@unit" > 10', 'true'])
        expect((await assign(cond)).outcome).toBe('ok');
    });

    it('counts a missing condition as not assigned', async () => {
      expect(await assign('CASE WHEN "@unit" <= 1195 THEN true END')).toMatchObject({
        rule: 'T6',
        outcome: 'refuse',
      });
      expect((await assign('CASE WHEN "@unit" <= 1190 THEN true END')).outcome).toBe('ok');
    });

    it('on a panel, refuses leaving one unit-date alone even when every unit is touched', async () => {
      const panel = `(SELECT u AS "@unit", d FROM range(1, 1201) AS a(u), range(0, 3) AS b(d))`;
      expect(await assign('NOT (d = 2 AND "@unit" = 5)', panel)).toMatchObject({
        outcome: 'refuse',
        rule: 'T6',
      });
      expect((await assign('d = 0', panel)).outcome).toBe('ok');
    });
  });
});
