import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import { openWasmDatabase } from '../../../test/support/wasm-database';
import { protectBoxPlot } from '../../disclosure/box-plot';
import { perturbCount } from '../../disclosure/cell-key';
import { defaultDisclosureConfig as config } from '../../disclosure/config';
import { roundForT8 } from '../../disclosure/rounding';
import type { StepOf } from '../../lang/plan';
import type { SqlDatabase } from '../../sql/database';
import { keySumOf, seeded, type7 } from '../analysis/test-data';
import { descriptiveFixture, type FixtureRow } from '../analysis/test-fixture';
import type { Output } from '../output';
import type { PublishedChart } from '../outputs/chart';
import { barchart } from './barchart';
import { boxplot } from './boxplot';
import { hexbin } from './hexbin';
import { histogram } from './histogram';
import { piechart } from './piechart';
import { sankey } from './sankey';

// 300 units: y roughly uniform on 0..1000 with one extreme of 1e6; x correlated; s1 → s2 moves.
const next = seeded(3);
const rows: FixtureRow[] = Array.from({ length: 300 }, (_, i) => {
  const y = i === 0 ? 1_000_000 : Math.round(next() * 10000) / 10;
  const s1 = i % 3 === 0 ? 'a' : 'b';
  return {
    unit: i + 1,
    key: Math.floor(next() * 2 ** 32),
    values: {
      y,
      x: Math.round((i === 0 ? 500 : y) / 2 + next() * 100),
      s1,
      s2: i % 5 === 0 ? 'a' : s1 === 'a' ? 'c' : 'b',
    },
  };
});
const ys = rows.map((r) => r.values.y as number);
const lower = type7(ys, 0.01);
const upper = type7(ys, 0.99);
const w = ys.map((v) => Math.min(upper, Math.max(lower, v)));
const ck = (pred: (r: FixtureRow) => boolean) => {
  const keys = rows.filter(pred).map((r) => r.key);
  const p = perturbCount({ units: keys.length, keySum: keySumOf(keys) }, config);
  return p.outcome === 'ok' ? p.value : null;
};
const envelope = { line: 2, span: { start: 0, end: 5 }, dataset: 'ds', condition: null };
const num = (name: string) => ({ name, type: 'number' as const });
const str = (name: string) => ({ name, type: 'string' as const });
const chartOf = (outputs: Output[]): PublishedChart => {
  const out = outputs.at(-1);
  if (out?.kind !== 'chart') throw new Error(`expected a chart, got ${JSON.stringify(out)}`);
  return out.chart;
};

for (const [name, open] of [
  ['native', () => openNativeDatabase()],
  ['wasm', openWasmDatabase],
] as const) {
  describe(`graphs (${name})`, () => {
    let db: SqlDatabase;
    beforeAll(async () => {
      db = await open();
    });
    afterAll(async () => {
      await db.close();
    });
    const fixture = () =>
      descriptiveFixture(db, [
        {
          name: 'ds',
          columns: [
            { name: 'y', type: 'DOUBLE' },
            { name: 'x', type: 'DOUBLE' },
            { name: 's1', type: 'VARCHAR' },
            { name: 's2', type: 'VARCHAR' },
          ],
          rows,
        },
      ]);

    it('bins a histogram between the T8-rounded T2 bounds, never the data min or max', async () => {
      const { ctx, outputs } = await fixture();
      const step: StepOf<'histogram'> = {
        kind: 'histogram',
        ...envelope,
        variables: [num('y')],
        options: { bin: 4, freq: true },
      };
      await histogram(step, ctx);
      const chart = chartOf(outputs);
      if (chart.type !== 'histogram') throw new Error('not a histogram');
      const lo = roundForT8(lower, config);
      const hi = roundForT8(upper, config);
      const width = (hi - lo) / 4;
      expect(chart.bins.map((b) => b.from)).toEqual([0, 1, 2, 3].map((i) => lo + i * width));
      expect(chart.bins.at(-1)?.to).toBeCloseTo(hi, 9);
      chart.bins.forEach((b, i) => {
        const inBin = (r: FixtureRow) => {
          const v = Math.min(upper, Math.max(lower, r.values.y as number));
          return v >= lo && Math.min(3, Math.max(0, Math.floor((v - lo) / width))) === i;
        };
        expect(b.count.value).toBe(ck(inBin));
      });
    });

    it('draws boxes with quartiles of winsorised values and whiskers stopped at the bounds, no outliers', async () => {
      const { ctx, outputs } = await fixture();
      const step: StepOf<'boxplot'> = { kind: 'boxplot', ...envelope, variables: [num('y')], options: {} };
      await boxplot(step, ctx);
      const chart = chartOf(outputs);
      if (chart.type !== 'box') throw new Error('not a box plot');
      const want = protectBoxPlot(
        { units: 300, q1: type7(w, 0.25), median: type7(w, 0.5), q3: type7(w, 0.75), lower, upper },
        config,
      );
      if (want.outcome !== 'ok') throw new Error('expected a box');
      const box = chart.boxes[0];
      expect([
        box?.whiskerLow.value,
        box?.q1.value,
        box?.median.value,
        box?.q3.value,
        box?.whiskerHigh.value,
      ]).toEqual([
        want.value.whiskerLow,
        want.value.q1,
        want.value.median,
        want.value.q3,
        want.value.whiskerHigh,
      ]);
      expect(JSON.stringify(chart)).not.toContain('1000000');
    });

    it('counts bars and pie slices with CK, and means of bars with MAG', async () => {
      const { ctx, outputs } = await fixture();
      await piechart({ kind: 'piechart', ...envelope, variables: [str('s1')], options: {} }, ctx);
      const pie = chartOf(outputs);
      if (pie.type !== 'pie') throw new Error('not a pie');
      expect(pie.categories).toEqual(['a', 'b']);
      expect(pie.series[0]?.values.map((v) => v.value)).toEqual([
        ck((r) => r.values.s1 === 'a'),
        ck((r) => r.values.s1 === 'b'),
      ]);
      await barchart(
        {
          kind: 'barchart',
          ...envelope,
          statistic: 'mean',
          variables: [num('y'), num('x')],
          options: { over: 's1' },
        },
        ctx,
      );
      const bars = chartOf(outputs);
      if (bars.type !== 'bar') throw new Error('not a bar chart');
      expect(bars.categories).toEqual(['a', 'b']);
      expect(bars.series.map((s) => s.label)).toEqual(['y', 'x']);
      const meanA = w.filter((_, i) => i % 3 === 0).reduce((s, v, _, a) => s + v / a.length, 0);
      expect(Math.abs((bars.series[0]?.values[0]?.value as number) - meanA)).toBeLessThan(0.1 * meanA);
      expect(bars.series[0]?.values[0]?.rule).toBe('MAG');
    });

    it('publishes Sankey flows and nodes as count cells of their own', async () => {
      const { ctx, outputs } = await fixture();
      await sankey({ kind: 'sankey', ...envelope, variables: [str('s1'), str('s2')], options: {} }, ctx);
      const chart = chartOf(outputs);
      if (chart.type !== 'sankey') throw new Error('not a sankey');
      expect(chart.nodes.map((n) => n.id)).toEqual(['0:a', '0:b', '1:a', '1:b', '1:c']);
      expect(chart.nodes[0]?.value?.value).toBe(ck((r) => r.values.s1 === 'a'));
      const link = chart.links.find((l) => l.source === '0:b' && l.target === '1:a');
      expect(link?.value.value).toBe(ck((r) => r.values.s1 === 'b' && r.values.s2 === 'a'));
    });

    it('counts hexagons of winsorised points as d3-hexbin assigns them, and never publishes a point', async () => {
      const { ctx, outputs } = await fixture();
      await hexbin(
        { kind: 'hexbin', ...envelope, variables: [num('y'), num('x')], options: { gridsize: 3 } },
        ctx,
      );
      const chart = chartOf(outputs);
      if (chart.type !== 'hexbin' || !chart.xDomain || !chart.yDomain) throw new Error('not a hexbin');
      const xs = rows.map((r) => r.values.x as number);
      const [xlo, xhi] = [type7(xs, 0.01), type7(xs, 0.99)];
      expect(chart.xDomain).toEqual([roundForT8(xlo, config), roundForT8(xhi, config)]);
      const [x0, x1] = chart.xDomain;
      const [y0, y1] = chart.yDomain;
      // d3-hexbin's assignment, written out independently, on grid units (x spans 3 hexagon widths).
      const dy = 1.5 / Math.sqrt(3);
      const groups = new Map<string, FixtureRow[]>();
      for (const r of rows) {
        const u = ((Math.min(xhi, Math.max(xlo, r.values.x as number)) - x0) / (x1 - x0)) * 3;
        const v = ((Math.min(upper, Math.max(lower, r.values.y as number)) - y0) / (y1 - y0)) * 3;
        const py = v / dy;
        let pj = Math.round(py);
        const px = u - (pj & 1) / 2;
        let pi = Math.round(px);
        const py1 = py - pj;
        if (Math.abs(py1) * 3 > 1) {
          const px1 = px - pi;
          const pi2 = pi + (px < pi ? -1 : 1) / 2;
          const pj2 = pj + (py < pj ? -1 : 1);
          if (px1 * px1 + py1 * py1 > (px - pi2) ** 2 + (py - pj2) ** 2) {
            pi = pi2 + ((pj & 1) === 1 ? 1 : -1) / 2;
            pj = pj2;
          }
        }
        const key = `${pi},${pj}`;
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      expect(chart.hexagons.length).toBe(groups.size);
      for (const [key, members] of groups) {
        const [pi, pj] = key.split(',').map(Number) as [number, number];
        const cx = x0 + ((pi + (pj & 1) / 2) / 3) * (x1 - x0);
        const cy = y0 + ((pj * dy) / 3) * (y1 - y0);
        const hex = chart.hexagons.find((h) => Math.abs(h.x - cx) < 1e-6 && Math.abs(h.y - cy) < 1e-6);
        const p = perturbCount(
          { units: members.length, keySum: keySumOf(members.map((m) => m.key)) },
          config,
        );
        expect(hex?.count.value).toBe(p.outcome === 'ok' ? p.value : null);
      }
    });
  });
}
