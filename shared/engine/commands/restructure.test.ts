import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import { openWasmDatabase } from '../../../test/support/wasm-database';
import { defaultDisclosureConfig } from '../../disclosure/config';
import type { StepOf } from '../../lang/plan';
import type { SqlDatabase } from '../../sql/database';
import { type FixtureDataset, fixtureContext } from '../workspace-fixture';
import { aggregateHandler } from './aggregate';
import { collapseHandler } from './collapse';
import { destringHandler } from './destring';
import { mergeHandler } from './merge';
import { recodeHandler } from './recode';
import { reshapeFromPanelHandler } from './reshape-from-panel';
import { reshapeToPanelHandler } from './reshape-to-panel';

// Tiny populations: the population rules are tested elsewhere, here they would refuse every collapse.
const disclosure = {
  ...defaultDisclosureConfig,
  population: { minUnits: 1 },
  differencing: { minUnits: 1 },
  change: { minUnits: 1 },
};
const at = { span: { start: 0, end: 1 }, line: 1 };
const step = <K extends keyof StepKinds>(kind: K, fields: Omit<StepOf<K>, 'kind' | 'span' | 'line'>) =>
  ({ kind, ...at, ...fields }) as unknown as StepOf<K>;
type StepKinds = { [K in Parameters<typeof stepKinds>[0]]: true };
const stepKinds = (
  _: 'recode' | 'destring' | 'collapse' | 'aggregate' | 'merge' | 'reshape-to-panel' | 'reshape-from-panel',
) => 0;

// Jobs: job 1-5 with hours and the person (pseudonymised id) holding them; persons 101-103 (103 has no job).
const jobs: FixtureDataset = {
  name: 'jobber',
  unitType: 'job',
  columns: {
    timer: 'decimal',
    person: { valueType: 'integer', codeList: null, pseudonymOf: 'person' },
    sektor: 'string',
  },
  rows: [
    { timer: 10, person: 101, sektor: 'a' },
    { timer: 20, person: 101, sektor: 'a' },
    { timer: 30, person: 101, sektor: 'b' },
    { timer: null, person: 102, sektor: 'b' },
    { timer: 40, person: 102, sektor: null },
  ],
};
const persons: FixtureDataset = {
  name: 'personer',
  columns: {
    alder: 'integer',
    kjonn: 'string',
    mor: { valueType: 'integer', codeList: null, pseudonymOf: 'person' },
  },
  rows: [
    { '@unit': 101, alder: 15, kjonn: '1', mor: 103 },
    { '@unit': 102, alder: 40, kjonn: '2', mor: 101 },
    { '@unit': 103, alder: 70, kjonn: null, mor: null },
    { '@unit': 104, alder: null, kjonn: '2', mor: 999 },
  ],
};
// A relation, as DatastoreSource.keysSql gives (read_parquet(...) on the server).
const personKeys = `(SELECT * FROM (VALUES (101::BIGINT, 0.25::DOUBLE), (102, 0.5), (103, 0.75), (104, 0.125)) AS v(unit_id, key))`;

for (const [transport, open] of [
  ['native', openNativeDatabase],
  ['wasm', openWasmDatabase],
] as const) {
  describe(`restructuring commands on ${transport} DuckDB`, () => {
    let db: SqlDatabase;
    beforeAll(async () => {
      db = await open();
    });
    afterAll(() => db.close());

    const context = async (datasets: FixtureDataset[], use?: string) => {
      const ctx = await fixtureContext(db, { datasets, use, disclosure });
      ctx.source.keysSql = (unitType) => {
        if (unitType !== 'person') throw new Error(`no keys for ${unitType}`);
        return personKeys;
      };
      return ctx;
    };

    it('collapse by a pseudonymised id makes units of that type with their record keys', async () => {
      const ctx = await context([persons, jobs]);
      const items = [
        ['sum', 'timer', 'sum'],
        ['mean', 'timer', 'mean'],
        ['count', 'timer', 'n'],
        ['count', 'sektor', 'nsektor'],
        ['min', 'timer', 'min'],
        ['max', 'timer', 'max'],
        ['median', 'timer', 'median'],
        ['p25', 'timer', 'p25'],
        ['sd', 'timer', 'sd'],
        ['semean', 'timer', 'se'],
        ['iqr', 'timer', 'iqr'],
        ['gini', 'timer', 'gini'],
        ['percent', 'timer', 'pct'],
      ].map(([statistic, source, target]) => ({
        statistic: statistic!,
        source: source!,
        target: target!,
        type: 'number' as const,
      }));
      const by = { name: 'person', isUnitId: false, pseudonymOf: 'person' as const, type: 'number' as const };
      await ctx.apply(await collapseHandler(step('collapse', { dataset: 'jobber', items, by }), ctx));
      const view = ctx.workspace.get('jobber');
      expect(view.unitType).toBe('person');
      expect(view.columns.map((c) => c.name)).toEqual(items.map((i) => i.target));
      const rows = await ctx.rows('jobber');
      // Person 101: 10, 20, 30 -> sd 10, type-7 p25 15, iqr 10, gini (2*(1*10+2*20+3*30)/(3*60)) - 4/3 = 2/9.
      expect(rows[0]).toMatchObject({
        sum: 60,
        mean: 20,
        n: 3,
        nsektor: 3,
        min: 10,
        max: 30,
        median: 20,
        p25: 15,
        sd: 10,
        iqr: 10,
      });
      expect(rows[0]!.se).toBeCloseTo(10 / Math.sqrt(3), 12);
      expect(rows[0]!.gini).toBeCloseTo(2 / 9, 12);
      expect(rows[0]!.pct).toBeCloseTo(75, 12);
      // Person 102: one hour value (40) of two jobs; sd of one value is missing.
      expect(rows[1]).toMatchObject({ sum: 40, mean: 40, n: 1, nsektor: 1, sd: null, gini: 0 });
      expect(rows[1]!.pct).toBeCloseTo(25, 12);
      const keys = await db.query(`SELECT "@unit" AS u, "@key" AS k FROM ${view.table} ORDER BY 1`);
      expect(keys).toEqual([
        { u: 101, k: 2 ** 30 },
        { u: 102, k: 2 ** 31 },
      ]);
    });

    it('collapse by a value variable keeps it as the unit; merge on it brings the statistics back', async () => {
      const ctx = await context([persons, jobs]);
      const by = { name: 'sektor', isUnitId: false, pseudonymOf: null, type: 'string' as const };
      const items = [{ statistic: 'sum', source: 'timer', target: 'sektortimer', type: 'number' as const }];
      await ctx.apply(await collapseHandler(step('collapse', { dataset: 'jobber', items, by }), ctx));
      expect(ctx.workspace.get('jobber').columns.map((c) => c.name)).toEqual(['sektortimer', 'sektor']);
      const rows = (await ctx.rows('jobber')).sort((a, b) =>
        String(a.sektor).localeCompare(String(b.sektor)),
      );
      expect(rows).toEqual([
        { sektortimer: 30, sektor: 'a' },
        { sektortimer: 30, sektor: 'b' },
      ]);
      const target: FixtureDataset = {
        name: 'jobb2',
        unitType: 'job',
        columns: { sektor: 'string' },
        rows: [{ sektor: 'b' }, { sektor: 'c' }, { sektor: 'a' }],
      };
      const ctx2 = await context([target, persons, jobs], 'jobber');
      await ctx2.apply(await collapseHandler(step('collapse', { dataset: 'jobber', items, by }), ctx2));
      const merge = step('merge', {
        source: 'jobber',
        target: 'jobb2',
        variables: ['sektortimer'],
        on: { name: 'sektor', isUnitId: false },
      });
      await ctx2.apply(await mergeHandler(merge, ctx2));
      expect(await ctx2.rows('jobb2')).toEqual([
        { sektor: 'b', sektortimer: 30 },
        { sektor: 'c', sektortimer: null },
        { sektor: 'a', sektortimer: 30 },
      ]);
    });

    it('merge on a pseudonymised key gives each unit the values of the unit it points to', async () => {
      const ctx = await context([persons, jobs], 'personer');
      const mothers: FixtureDataset = {
        name: 'mødre',
        columns: { alder_mor: 'integer' },
        rows: [
          { '@unit': 101, alder_mor: 15 },
          { '@unit': 103, alder_mor: 70 },
        ],
      };
      const ctx2 = await context([persons, mothers]);
      await ctx2.apply(
        await mergeHandler(
          step('merge', {
            source: 'mødre',
            target: 'personer',
            variables: ['alder_mor'],
            on: { name: 'mor', isUnitId: false },
          }),
          ctx2,
        ),
      );
      expect((await ctx2.rows('personer')).map((r) => r.alder_mor)).toEqual([70, 15, null, null]);
      expect(ctx2.workspace.get('personer').unitType).toBe('person');
      // Same units without on: the job dataset collapsed to persons merges into persons by unit.
      const by = { name: 'person', isUnitId: false, pseudonymOf: 'person' as const, type: 'number' as const };
      const items = [{ statistic: 'count', source: 'timer', target: 'antall', type: 'number' as const }];
      await ctx.apply(await collapseHandler(step('collapse', { dataset: 'jobber', items, by }), ctx));
      await ctx.apply(
        await mergeHandler(
          step('merge', { source: 'jobber', target: 'personer', variables: ['antall'], on: null }),
          ctx,
        ),
      );
      expect((await ctx.rows('personer')).map((r) => r.antall)).toEqual([3, 1, null, null]);
    });

    it('aggregate adds group statistics to every unit', async () => {
      const ctx = await context([persons]);
      const items = [
        { statistic: 'mean', source: 'alder', target: 'snitt', type: 'number' as const },
        { statistic: 'count', source: 'alder', target: 'n', type: 'number' as const },
      ];
      const by = { name: 'kjonn', isUnitId: false, pseudonymOf: null, type: 'string' as const };
      await ctx.apply(await aggregateHandler(step('aggregate', { dataset: 'personer', items, by }), ctx));
      const rows = await ctx.rows();
      expect(rows.map((r) => [r.snitt, r.n])).toEqual([
        [15, 1],
        [40, 1],
        [null, null],
        [40, 1],
      ]);
      await ctx.apply(
        await aggregateHandler(
          step('aggregate', {
            dataset: 'personer',
            items: [{ statistic: 'sum', source: 'alder', target: 'total', type: 'number' }],
            by: null,
          }),
          ctx,
        ),
      );
      expect((await ctx.rows()).map((r) => r.total)).toEqual([125, 125, 125, 125]);
    });

    it('recode: ranges with min/max, values, missing and else, labels, if, prefix', async () => {
      const ctx = await context([persons]);
      const rules = [
        { matches: [{ kind: 'range' as const, low: null, high: 17 }], to: 1, label: 'barn' },
        { matches: [{ kind: 'range' as const, low: 18, high: 66 }], to: 2, label: 'voksen' },
        { matches: [{ kind: 'range' as const, low: 67, high: null }], to: 3, label: 'eldre' },
        { matches: [{ kind: 'missing' as const }], to: 9, label: null },
      ];
      const variables = [{ name: 'alder', type: 'number' as const }];
      const effect = await recodeHandler(
        step('recode', { dataset: 'personer', variables, targets: ['gruppe'], rules, condition: null }),
        ctx,
      );
      await ctx.apply(effect);
      expect((await ctx.rows()).map((r) => [r.alder, r.gruppe])).toEqual([
        [15, 1],
        [40, 2],
        [70, 3],
        [null, 9],
      ]);
      expect(ctx.workspace.get('personer').labelsOf('gruppe')?.get('2')).toBe('voksen');
      const strings = [
        { matches: [{ kind: 'value' as const, value: '2' }], to: '0', label: null },
        { matches: [{ kind: 'else' as const }], to: '1', label: null },
      ];
      const cond = {
        kind: 'binary',
        type: 'number',
        op: '>',
        left: { kind: 'column', type: 'number', name: 'alder', valueType: 'integer' },
        right: { kind: 'number', type: 'number', value: 20 },
      } as const;
      await ctx.apply(
        await recodeHandler(
          step('recode', {
            dataset: 'personer',
            variables: [{ name: 'kjonn', type: 'string' }],
            targets: ['kjonn'],
            rules: strings,
            condition: cond,
          }),
          ctx,
        ),
      );
      // Only units over 20 are recoded; else takes missing too (unit 103); unit 104 has no age: untouched.
      expect((await ctx.rows()).map((r) => r.kjonn)).toEqual(['1', '0', '1', '2']);
      await ctx.apply(
        await recodeHandler(
          step('recode', {
            dataset: 'personer',
            variables: [{ name: 'alder', type: 'number' }],
            targets: ['ny_alder'],
            rules: [
              {
                matches: [
                  { kind: 'value', value: 40 },
                  { kind: 'value', value: 70 },
                ],
                to: null,
                label: null,
              },
            ],
            condition: null,
          }),
          ctx,
        ),
      );
      expect((await ctx.rows()).map((r) => r.ny_alder)).toEqual([15, null, null, null]);
    });

    it('destring: numbers, ignore, dpcomma, force, and a clear error without force', async () => {
      const data: FixtureDataset = {
        name: 'd',
        columns: { a: 'string', b: 'string' },
        rows: [
          { a: ' 12 ', b: '1 234,5' },
          { a: '', b: 'x' },
          { a: '-3.5', b: null },
        ],
      };
      const ctx = await context([data]);
      await ctx.apply(
        await destringHandler(
          step('destring', {
            dataset: 'd',
            variables: ['a'],
            targets: ['a'],
            force: false,
            ignore: null,
            dpcomma: false,
          }),
          ctx,
        ),
      );
      expect((await ctx.rows()).map((r) => r.a)).toEqual([12, null, -3.5]);
      await expect(
        destringHandler(
          step('destring', {
            dataset: 'd',
            variables: ['b'],
            targets: ['b'],
            force: false,
            ignore: ' ',
            dpcomma: true,
          }),
          ctx,
        ),
      ).rejects.toThrow(/not numbers/);
      await ctx.apply(
        await destringHandler(
          step('destring', {
            dataset: 'd',
            variables: ['b'],
            targets: ['nb'],
            force: true,
            ignore: ' ',
            dpcomma: true,
          }),
          ctx,
        ),
      );
      expect((await ctx.rows()).map((r) => [r.b, r.nb])).toEqual([
        ['1 234,5', 1234.5],
        ['x', null],
        [null, null],
      ]);
    });

    it('reshape-to-panel and back is a round trip', async () => {
      const wide: FixtureDataset = {
        name: 'w',
        columns: { kjonn: 'string', lonn19: 'decimal', lonn20: 'decimal', syk20: 'integer' },
        rows: [
          { kjonn: '1', lonn19: 100, lonn20: 110, syk20: 3 },
          { kjonn: '2', lonn19: null, lonn20: 220, syk20: null },
        ],
      };
      const ctx = await context([wide]);
      await ctx.apply(
        await reshapeToPanelHandler(
          step('reshape-to-panel', {
            dataset: 'w',
            prefixes: ['lonn', 'syk'],
            suffixes: ['19', '20'],
            fixed: ['kjonn'],
          }),
          ctx,
        ),
      );
      const view = ctx.workspace.get('w');
      expect(view.shape).toBe('panel');
      expect(view.columns.map((c) => c.name)).toEqual(['kjonn', 'lonn', 'syk', 'date@panel']);
      const panel = await db.query(
        `SELECT "@unit" AS u, "@date" - DATE '1970-01-01' AS t, kjonn, lonn, syk FROM ${view.table} ORDER BY 1, 2`,
      );
      expect(panel).toEqual([
        { u: 1, t: 19, kjonn: '1', lonn: 100, syk: null },
        { u: 1, t: 20, kjonn: '1', lonn: 110, syk: 3 },
        { u: 2, t: 19, kjonn: '2', lonn: null, syk: null },
        { u: 2, t: 20, kjonn: '2', lonn: 220, syk: null },
      ]);
      await ctx.apply(
        await reshapeFromPanelHandler(
          step('reshape-from-panel', { dataset: 'w', variables: ['kjonn', 'lonn', 'syk'], suffixes: null }),
          ctx,
        ),
      );
      expect(ctx.workspace.get('w').columns.map((c) => c.name)).toEqual([
        'kjonn19',
        'kjonn20',
        'lonn19',
        'lonn20',
        'syk19',
        'syk20',
      ]);
      expect(await ctx.rows()).toEqual([
        { kjonn19: '1', kjonn20: '1', lonn19: 100, lonn20: 110, syk19: null, syk20: 3 },
        { kjonn19: '2', kjonn20: '2', lonn19: null, lonn20: 220, syk19: null, syk20: null },
      ]);
    });
  });
}
