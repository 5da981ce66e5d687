import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import { perturbCount } from '../../disclosure/cell-key';
import { defaultDisclosureConfig as config } from '../../disclosure/config';
import type { StepOf, TypedExpr } from '../../lang/plan';
import type { SqlDatabase } from '../../sql/database';
import { keySumOf, seeded, type7 } from '../analysis/test-data';
import { descriptiveFixture, type FixtureRow } from '../analysis/test-fixture';
import type { Output } from '../output';
import type { PublishedTable } from '../outputs/table';
import { summarize } from './summarize';
import { tabulate } from './tabulate';
import { tabulatePanel } from './tabulate-panel';
import { transitionsPanel } from './transitions-panel';

// 240 units; g in a/b/c; y a positive amount; each unit also appears at two panel dates with status s.
const next = seeded(21);
const units = Array.from({ length: 240 }, (_, i) => ({
  unit: i + 1,
  key: Math.floor(next() * 2 ** 32),
  g: ['a', 'b', 'c'][i % 3] as string,
  y: Math.round(next() * next() * 100000) / 100,
  s0: i < 150 ? 'x' : 'z',
  // 40 units move x → z between the dates; the rest keep their status.
  s1: i < 110 ? 'x' : 'z',
}));
const flat: FixtureRow[] = units.map((u) => ({ unit: u.unit, key: u.key, values: { g: u.g, y: u.y } }));
const panel: FixtureRow[] = units.flatMap((u) => [
  { unit: u.unit, key: u.key, date: '2019-01-01', values: { s: u.s0 } },
  { unit: u.unit, key: u.key, date: '2020-01-01', values: { s: u.s1 } },
]);
const ck = (members: { key: number }[]) => {
  const p = perturbCount({ units: members.length, keySum: keySumOf(members.map((m) => m.key)) }, config);
  return p.outcome === 'ok' ? p.value : null;
};
const tableOf = (outputs: Output[]): PublishedTable => {
  const out = outputs.at(-1);
  if (out?.kind !== 'table') throw new Error(`expected a table, got ${JSON.stringify(out)}`);
  return out.table;
};
const envelope = { line: 4, span: { start: 0, end: 9 }, condition: null };
const yAbove = (limit: number): TypedExpr => ({
  kind: 'binary',
  type: 'number',
  op: '>',
  left: { kind: 'column', type: 'number', name: 'y', valueType: 'decimal' },
  right: { kind: 'number', type: 'number', value: limit },
});

describe('tables with conditions, volumes and panels (native)', () => {
  let db: SqlDatabase;
  beforeAll(async () => {
    db = await openNativeDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  const fixture = () =>
    descriptiveFixture(db, [
      {
        name: 'ds',
        columns: [
          { name: 'g', type: 'VARCHAR' },
          { name: 'y', type: 'DOUBLE' },
        ],
        rows: flat,
      },
      { name: 'pn', shape: 'panel', columns: [{ name: 's', type: 'VARCHAR' }], rows: panel },
    ]);

  it('tabulates only the units an if condition selects', async () => {
    const { ctx, outputs } = await fixture();
    const step: StepOf<'tabulate'> = {
      kind: 'tabulate',
      ...envelope,
      dataset: 'ds',
      variables: [{ name: 'g', type: 'string' }],
      condition: yAbove(200),
      options: {},
    };
    await tabulate(step, ctx);
    const t = tableOf(outputs);
    const picked = units.filter((u) => u.y > 200);
    expect(t.rows.map((r) => r.cells[0]?.value ?? null)).toEqual([
      ...['a', 'b', 'c'].map((g) => ck(picked.filter((u) => u.g === g))),
      ck(picked),
    ]);
  });

  it('publishes a volume table: contributors by CK, sums by MAG, mean = published sum / published count', async () => {
    const { ctx, outputs } = await fixture();
    const step: StepOf<'tabulate'> = {
      kind: 'tabulate',
      ...envelope,
      dataset: 'ds',
      variables: [{ name: 'g', type: 'string' }],
      options: { summarize: 'y', count: true, sum: true, mean: true, median: true },
    };
    await tabulate(step, ctx);
    const t = tableOf(outputs);
    expect(t.columns.map((c) => c.key)).toEqual(['count', 'mean', 'sum', 'median']);
    const ys = units.map((u) => u.y);
    const lo = type7(ys, 0.01);
    const hi = type7(ys, 0.99);
    ['a', 'b', 'c'].forEach((g, i) => {
      const cells = t.rows[i]?.cells ?? [];
      const members = units.filter((u) => u.g === g);
      const w = members.map((u) => Math.min(hi, Math.max(lo, u.y)));
      const sum = w.reduce((s, v) => s + v, 0);
      expect(cells[0]?.value).toBe(ck(members));
      const noise = (config.cellKey.maxDeviation + 0.5) * Math.max(...w);
      expect(Math.abs((cells[2]?.value as number) - sum)).toBeLessThanOrEqual(noise);
      expect(cells[1]?.value).toBeCloseTo((cells[2]?.value as number) / (cells[0]?.value as number), 9);
      expect(cells[3]?.value).toBe(Number(type7(w, 0.5).toPrecision(3)));
    });
  });

  it('computes the Gini coefficient of winsorised values', async () => {
    const { ctx, outputs } = await fixture();
    const step: StepOf<'summarize'> = {
      kind: 'summarize',
      ...envelope,
      dataset: 'ds',
      variables: [{ name: 'y', type: 'number' }],
      options: { gini: true },
    };
    await summarize(step, ctx);
    const t = tableOf(outputs);
    const ys = units.map((u) => u.y);
    const lo = type7(ys, 0.01);
    const hi = type7(ys, 0.99);
    const w = ys.map((v) => Math.min(hi, Math.max(lo, v)));
    // Mean absolute difference over twice the mean: the textbook definition, independent of ranks.
    let diff = 0;
    for (const a of w) for (const b of w) diff += Math.abs(a - b);
    const mean = w.reduce((s, v) => s + v, 0) / w.length;
    const gini = diff / (2 * w.length * w.length * mean);
    expect(t.rows[0]?.cells[t.columns.findIndex((c) => c.key === 'gini')]?.value).toBeCloseTo(gini, 9);
  });

  it('tabulates a panel with the dates across', async () => {
    const { ctx, outputs } = await fixture();
    const step: StepOf<'tabulate-panel'> = {
      kind: 'tabulate-panel',
      ...envelope,
      dataset: 'pn',
      variables: [{ name: 's', type: 'string' }],
      options: {},
    };
    await tabulatePanel(step, ctx);
    const t = tableOf(outputs);
    expect(t.columns.map((c) => c.label)).toEqual(['2019-01-01', '2020-01-01', 'Total']);
    expect(t.rows[0]?.cells.map((c) => c.value)).toEqual([
      ck(units.filter((u) => u.s0 === 'x')),
      ck(units.filter((u) => u.s1 === 'x')),
      ck([...units.filter((u) => u.s0 === 'x'), ...units.filter((u) => u.s1 === 'x')]),
    ]);
  });

  it('counts transitions from one panel date to the next', async () => {
    const { ctx, outputs } = await fixture();
    const step: StepOf<'transitions-panel'> = {
      kind: 'transitions-panel',
      ...envelope,
      dataset: 'pn',
      variables: [{ name: 's', type: 'string' }],
      options: { freq: true },
    };
    await transitionsPanel(step, ctx);
    const t = tableOf(outputs);
    expect(t.rows.map((r) => r.header)).toEqual([['x'], ['z'], [null]]);
    const from = (a: string, b: string) => units.filter((u) => u.s0 === a && u.s1 === b);
    expect(t.rows[0]?.cells.map((c) => c.value)).toEqual([
      ck(from('x', 'x')),
      ck(from('x', 'z')),
      ck(units.filter((u) => u.s0 === 'x')),
    ]);
    expect(t.rows[1]?.cells[0]?.value).toBe(0);
  });
});
