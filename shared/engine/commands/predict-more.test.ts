import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import type { SqlDatabase } from '../../sql/database';
import { modelFixture, reference } from '../models/test-fixture';
import { modelStep } from '../models/test-steps';
import type { FixtureContext } from '../workspace-fixture';
import { runCoefplot } from './coefplot';
import { runMlogitPredict } from './mlogit-predict';
import { runRegressPanelPredict } from './regress-panel-predict';

const ref = reference();
let db: SqlDatabase;
let ctx: FixtureContext;

beforeAll(async () => {
  db = await openNativeDatabase();
  ctx = await modelFixture(db);
});
afterAll(async () => db.close());

describe('mlogit-predict, regress-panel-predict and coefplot', () => {
  it('mlogit-predict: one probability per outcome, summing to 1, from the R coefficients', async () => {
    const step = modelStep('mlogit-predict', 'lonnkat', 'alder mann', {
      probabilities: 'pr',
      predicted: 'xb',
    });
    await ctx.apply(await runMlogitPredict(step, ctx));
    const rows = await db.query(
      `SELECT alder, mann, pr_1, pr_2, pr_3, xb_1, xb_2, xb_3 FROM ${ctx.workspace.get('persons').table} ORDER BY "@unit" LIMIT 5`,
    );
    const b = ref.mlogit!.coef;
    const base = ref.mlogit!.base as number;
    for (const r of rows) {
      const index = (c: number) =>
        c === base
          ? 0
          : b[`${c}:_cons`]! + b[`${c}:alder`]! * Number(r.alder) + b[`${c}:mann`]! * Number(r.mann);
      const denominator = [1, 2, 3].reduce((s, c) => s + Math.exp(index(c)), 0);
      for (const c of [1, 2, 3]) {
        expect(Number(r[`pr_${c}`])).toBeCloseTo(Math.exp(index(c)) / denominator, 7);
        expect(Number(r[`xb_${c}`])).toBeCloseTo(index(c), 6);
      }
    }
  });

  it('regress-panel-predict (fe): y = x′β + u + e, residuals sum to 0 within each unit', async () => {
    const step = modelStep(
      'regress-panel-predict',
      'y',
      'x1 x2',
      { predicted: 'pp', residuals: 'pe', effects: 'pu' },
      { dataset: 'panel' },
    );
    await ctx.apply(await runRegressPanelPredict(step, ctx));
    const b = ref.panel_fe!.coef;
    const rows = await db.query(
      `SELECT "@unit" AS u, y, x1, x2, pp, pe, pu FROM ${ctx.workspace.get('panel').table} ORDER BY "@unit"`,
    );
    for (const r of rows.slice(0, 10)) {
      expect(Number(r.pp)).toBeCloseTo(b._cons! + b.x1! * Number(r.x1) + b.x2! * Number(r.x2), 6);
      expect(Number(r.pp) + Number(r.pu) + Number(r.pe)).toBeCloseTo(Number(r.y), 9);
    }
    const sums = await db.query(
      `SELECT max(abs(s)) AS m FROM (SELECT sum(pe) AS s FROM ${ctx.workspace.get('panel').table} GROUP BY "@unit")`,
    );
    expect(Number(sums[0]!.m)).toBeLessThan(1e-9);
  });

  it('coefplot regress: a coefficients chart with the confidence limits of the table', async () => {
    ctx.outputs.length = 0;
    await runCoefplot(
      {
        kind: 'coefplot',
        line: 9,
        span: { start: 0, end: 5 },
        model: modelStep('regress', 'lonn', 'alder mann formue'),
      },
      ctx,
    );
    const chart = ctx.outputs[0];
    if (chart?.kind !== 'chart' || chart.chart.type !== 'coefficients') throw new Error('expected a chart');
    expect(chart.chart.points.map((p) => p.label)).toEqual(['alder', 'mann', 'formue']);
    const mann = chart.chart.points[1]!;
    expect(mann.estimate / ref.ols_basic!.coef.mann!).toBeCloseTo(1, 8);
    expect((mann.high - mann.estimate) / ref.ols_basic!.se.mann!).toBeCloseTo(1.96241010271, 6);
  });
});
