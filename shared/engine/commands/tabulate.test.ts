import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import { openWasmDatabase } from '../../../test/support/wasm-database';
import { perturbCount } from '../../disclosure/cell-key';
import { defaultDisclosureConfig as config } from '../../disclosure/config';
import type { StepOf } from '../../lang/plan';
import type { SqlDatabase } from '../../sql/database';
import { keySumOf, seeded } from '../analysis/test-data';
import { descriptiveFixture, type FixtureRow } from '../analysis/test-fixture';
import type { Output } from '../output';
import type { PublishedTable } from '../outputs/table';
import { tabulate } from './tabulate';

// 200 units: g has A×100, B×60, C×28, E×10 and D×2 (suppressed); h alternates 1/2; y is a number.
const next = seeded(7);
const groups = [
  ...Array(100).fill('A'),
  ...Array(60).fill('B'),
  ...Array(28).fill('C'),
  ...Array(2).fill('D'),
  ...Array(10).fill('E'),
];
const rows: FixtureRow[] = groups.map((g, i) => ({
  unit: i + 1,
  key: Math.floor(next() * 2 ** 32),
  values: { g, h: (i % 2) + 1, y: Math.round(next() * 1000) / 10, tiny: i % 60 },
}));
const keysWhere = (pred: (r: FixtureRow) => boolean) => rows.filter(pred).map((r) => r.key);
const expected = (pred: (r: FixtureRow) => boolean) => {
  const keys = keysWhere(pred);
  const p = perturbCount({ units: keys.length, keySum: keySumOf(keys) }, config);
  return p.outcome === 'ok' ? p.value : null;
};

function step(variables: string[], options: StepOf<'tabulate'>['options'] = {}): StepOf<'tabulate'> {
  return {
    kind: 'tabulate',
    line: 3,
    span: { start: 0, end: 10 },
    dataset: 'ds',
    variables: variables.map((name) => ({ name, type: name === 'g' ? 'string' : 'number' })),
    condition: null,
    options,
  };
}

const tableOf = (outputs: Output[]): PublishedTable => {
  const out = outputs.at(-1);
  if (out?.kind !== 'table') throw new Error(`expected a table, got ${JSON.stringify(out)}`);
  return out.table;
};
const valuesOf = (t: PublishedTable, column = 0) => t.rows.map((r) => r.cells[column]?.value ?? null);

async function fixture(db: SqlDatabase) {
  return descriptiveFixture(db, [
    {
      name: 'ds',
      columns: [
        { name: 'g', type: 'VARCHAR', labels: { A: 'Alfa' } },
        { name: 'h', type: 'BIGINT' },
        { name: 'y', type: 'DOUBLE' },
        { name: 'tiny', type: 'BIGINT' },
      ],
      rows,
    },
  ]);
}

for (const [name, open] of [
  ['native', () => openNativeDatabase()],
  ['wasm', openWasmDatabase],
] as const) {
  describe(`tabulate (${name})`, () => {
    let db: SqlDatabase;
    beforeAll(async () => {
      db = await open();
    });
    afterAll(async () => {
      await db.close();
    });

    it('publishes a one-way table of perturbed counts keyed by the units, with its own total', async () => {
      const { ctx, outputs } = await fixture(db);
      await tabulate(step(['g']), ctx);
      const t = tableOf(outputs);
      expect(t.rows.map((r) => r.header)).toEqual([['Alfa'], ['B'], ['C'], ['D'], ['E'], [null]]);
      const truth = [100, 60, 28, 2, 10, 200];
      const want = ['A', 'B', 'C', 'D', 'E'].map((g) => expected((r) => r.values.g === g));
      want.push(expected(() => true));
      expect(valuesOf(t)).toEqual(want);
      valuesOf(t).forEach((v, i) => {
        if (truth[i] === 2) expect(v).toBeNull();
        else
          expect(Math.abs((v as number) - (truth[i] as number))).toBeLessThanOrEqual(
            config.cellKey.maxDeviation,
          );
      });
      expect(t.rows[3]?.cells[0]).toMatchObject({ value: null, rule: 'CK', code: 'small-count' });
      await tabulate(step(['g']), ctx);
      expect(tableOf(outputs)).toEqual(t);
    });

    it('computes percentages from published counts only', async () => {
      const { ctx, outputs } = await fixture(db);
      await tabulate(step(['g'], { cellpct: true, freq: true }), ctx);
      const t = tableOf(outputs);
      expect(t.columns.map((c) => c.key)).toEqual(['count', 'percent']);
      const total = t.rows.at(-1)?.cells[0]?.value as number;
      for (const r of t.rows) {
        const count = r.cells[0]?.value ?? null;
        expect(r.cells[1]?.value ?? null).toBe(count === null ? null : (100 * count) / total);
      }
    });

    it('publishes a two-way table whose margins are cells of their own, with row percentages', async () => {
      const { ctx, outputs } = await fixture(db);
      await tabulate(step(['g', 'h'], { rowpct: true, freq: true }), ctx);
      const t = tableOf(outputs);
      expect(t.columns.map((c) => c.key)).toEqual([
        'c0:count',
        'c0:rowpct',
        'c1:count',
        'c1:rowpct',
        'total:count',
        'total:rowpct',
      ]);
      const gs = ['A', 'B', 'C', 'D', 'E'];
      gs.forEach((g, i) => {
        const cells = t.rows[i]?.cells ?? [];
        const c1 = expected((r) => r.values.g === g && r.values.h === 1);
        const c2 = expected((r) => r.values.g === g && r.values.h === 2);
        const tot = expected((r) => r.values.g === g);
        expect([cells[0]?.value, cells[2]?.value, cells[4]?.value]).toEqual([c1, c2, tot]);
        const pct = (c: number | null) => (c === null || tot === null ? null : (100 * c) / tot);
        expect(cells[1]?.value ?? null).toBe(pct(c1));
        expect(cells[3]?.value ?? null).toBe(pct(c2));
      });
      const totalRow = t.rows.at(-1)?.cells ?? [];
      expect(totalRow[0]?.value).toBe(expected((r) => r.values.h === 1));
      expect(totalRow[4]?.value).toBe(expected(() => true));
    });

    it('refuses a table where most cells are low (T5)', async () => {
      const { ctx, outputs } = await fixture(db);
      await tabulate(step(['tiny']), ctx);
      expect(outputs.at(-1)).toMatchObject({ kind: 'refusal', rule: 'T5', code: 'too-many-low-cells' });
    });

    it('keeps the n largest rows by published count with top(n)', async () => {
      const { ctx, outputs } = await fixture(db);
      await tabulate(step(['g'], { top: 2 }), ctx);
      expect(tableOf(outputs).rows.map((r) => r.header)).toEqual([['Alfa'], ['B'], [null]]);
    });
  });
}
