import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import { openWasmDatabase } from '../../../test/support/wasm-database';
import { perturbCount } from '../../disclosure/cell-key';
import { defaultDisclosureConfig as config } from '../../disclosure/config';
import { roundForT8 } from '../../disclosure/rounding';
import type { StepOf } from '../../lang/plan';
import type { SqlDatabase } from '../../sql/database';
import { keySumOf, seeded, type7 } from '../analysis/test-data';
import { descriptiveFixture, type FixtureRow } from '../analysis/test-fixture';
import type { Output } from '../output';
import type { PublishedTable } from '../outputs/table';
import { ci } from './ci';
import { normaltest } from './normaltest';
import { summarize } from './summarize';
import { summarizePanel } from './summarize-panel';

// 160 units in 2000 with a skewed y and one extreme value the winsorising clips, 8 of them again in 2001.
const next = seeded(11);
const base: FixtureRow[] = Array.from({ length: 160 }, (_, i) => ({
  unit: i + 1,
  key: Math.floor(next() * 2 ** 32),
  date: '2000-01-01',
  values: { y: i === 0 ? 10_000 : Math.round(next() ** 2 * 5000) / 10 },
}));
const rows: FixtureRow[] = [...base, ...base.slice(20, 28).map((r) => ({ ...r, date: '2001-01-01' }))];
const ys = base.map((r) => r.values.y as number);
const lower = type7(ys, 0.01);
const upper = type7(ys, 0.99);
const w = ys.map((y) => Math.min(upper, Math.max(lower, y)));
const mean = w.reduce((s, v) => s + v, 0) / w.length;
const sd = Math.sqrt(w.reduce((s, v) => s + (v - mean) ** 2, 0) / (w.length - 1));
const maxAbs = Math.max(...w.map(Math.abs));

const stepOf = <K extends 'summarize' | 'summarize-panel' | 'ci' | 'normaltest'>(kind: K, options = {}) =>
  ({
    kind,
    line: 1,
    span: { start: 0, end: 1 },
    dataset: 'p',
    variables: [{ name: 'y', type: 'number' }],
    condition: null,
    options,
  }) as unknown as StepOf<K>;

const tableOf = (outputs: Output[]): PublishedTable => {
  const out = outputs.at(-1);
  if (out?.kind !== 'table') throw new Error(`expected a table, got ${JSON.stringify(out)}`);
  return out.table;
};
const cell = (t: PublishedTable, key: string, row = 0) =>
  t.rows[row]?.cells[t.columns.findIndex((c) => c.key === key)];

async function fixture(db: SqlDatabase, only2000 = true) {
  return descriptiveFixture(db, [
    { name: 'p', shape: 'panel', columns: [{ name: 'y', type: 'DOUBLE' }], rows: only2000 ? base : rows },
  ]);
}

for (const [name, open] of [
  ['native', () => openNativeDatabase()],
  ['wasm', openWasmDatabase],
] as const) {
  describe(`summarize (${name})`, () => {
    let db: SqlDatabase;
    beforeAll(async () => {
      db = await open();
    });
    afterAll(async () => {
      await db.close();
    });

    it('publishes N by CK, a noisy mean near the winsorised mean, the exact winsorised sd and T8 percentiles', async () => {
      const { ctx, outputs } = await fixture(db);
      await summarize(stepOf('summarize', { median: true, p10: true, iqr: true }), ctx);
      const t = tableOf(outputs);
      const n = perturbCount({ units: 160, keySum: keySumOf(base.map((r) => r.key)) }, config);
      expect(cell(t, 'count')?.value).toBe(n.outcome === 'ok' ? n.value : Number.NaN);
      const published = cell(t, 'mean')?.value as number;
      // Noise is at most (D + 1/2) largest contributions on the sum, over a count off by at most D.
      const d = config.cellKey.maxDeviation;
      expect(Math.abs(published - mean)).toBeLessThan(
        ((d + 0.5) * maxAbs) / (160 - d) + (mean * d) / (160 - d),
      );
      expect(cell(t, 'sd')?.value).toBeCloseTo(sd, 8);
      expect(cell(t, 'min')).toMatchObject({ value: roundForT8(lower, config), rule: 'T2' });
      expect(cell(t, 'max')).toMatchObject({ value: roundForT8(upper, config), rule: 'T2' });
      expect(cell(t, 'median')?.value).toBe(roundForT8(type7(w, 0.5), config));
      expect(cell(t, 'p10')?.value).toBe(roundForT8(type7(w, 0.1), config));
      expect(cell(t, 'iqr')?.value).toBeCloseTo(
        roundForT8(type7(w, 0.75), config) - roundForT8(type7(w, 0.25), config),
        9,
      );
      expect(Math.max(...t.rows.flatMap((r) => r.cells.map((c) => c.value ?? 0)))).toBeLessThan(10_000);
    });

    it('suppresses statistics of a group with fewer than 10 units (T7)', async () => {
      const { ctx, outputs } = await fixture(db, false);
      await summarizePanel(stepOf('summarize-panel'), ctx);
      const t = tableOf(outputs);
      expect(t.rows.map((r) => r.header)).toEqual([
        ['y', '2000-01-01'],
        ['y', '2001-01-01'],
      ]);
      expect(cell(t, 'mean', 0)?.value).not.toBeNull();
      for (const key of ['mean', 'sd', 'min', 'max'])
        expect(cell(t, key, 1)).toMatchObject({ value: null, rule: 'T7', code: 'too-few-units' });
    });

    it('computes the confidence interval from the published N and mean', async () => {
      const { ctx, outputs } = await fixture(db);
      await ci(stepOf('ci', { level: 90 }), ctx);
      const t = tableOf(outputs);
      const n = cell(t, 'count')?.value as number;
      const m = cell(t, 'mean')?.value as number;
      const se = sd / Math.sqrt(n);
      expect(cell(t, 'se')?.value).toBeCloseTo(se, 8);
      // t(0.95, 154..164) lies between 1.6543 and 1.6548: check the interval against that range.
      const low = cell(t, 'ciLow')?.value as number;
      const high = cell(t, 'ciHigh')?.value as number;
      expect((m - low) / se).toBeGreaterThan(1.654);
      expect((m - low) / se).toBeLessThan(1.6552);
      expect(high - m).toBeCloseTo(m - low, 8);
    });

    it('computes skewness, kurtosis and Jarque-Bera from winsorised values', async () => {
      const { ctx, outputs } = await fixture(db);
      await normaltest(stepOf('normaltest'), ctx);
      const t = tableOf(outputs);
      const m = (k: number) => w.reduce((s, v) => s + (v - mean) ** k, 0) / w.length;
      const skew = m(3) / m(2) ** 1.5;
      const kurt = m(4) / m(2) ** 2;
      expect(cell(t, 'skewness')?.value).toBeCloseTo(skew, 8);
      expect(cell(t, 'kurtosis')?.value).toBeCloseTo(kurt, 8);
      const n = cell(t, 'count')?.value as number;
      const jb = (n / 6) * (skew ** 2 + (kurt - 3) ** 2 / 4);
      expect(cell(t, 'jb')?.value).toBeCloseTo(jb, 6);
      expect(cell(t, 'jbP')?.value).toBeCloseTo(Math.exp(-jb / 2), 8);
    });
  });
}
