import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import type { SqlDatabase } from '../../sql/database';
import { columnOf, expectClose, modelFixture, reference, tableOf, termsOf } from '../models/test-fixture';
import { modelStep } from '../models/test-steps';
import type { FixtureContext } from '../workspace-fixture';
import { runIvregress } from './ivregress';
import { runIvregressPredict } from './ivregress-predict';
import { runMlogit } from './mlogit';

const ref = reference();
let db: SqlDatabase;
let ctx: FixtureContext;

beforeAll(async () => {
  db = await openNativeDatabase();
  ctx = await modelFixture(db);
});
afterAll(async () => db.close());

describe('mlogit and ivregress against R', () => {
  it('mlogit: most frequent outcome as base, per-outcome coefficients and OIM errors', async () => {
    ctx.outputs.length = 0;
    await runMlogit(modelStep('mlogit', 'lonnkat', 'alder mann'), ctx);
    const t = tableOf(ctx.outputs, 0);
    expectClose(columnOf(t, 'estimate'), ref.mlogit!.coef, 1e-6);
    expectClose(columnOf(t, 'se'), ref.mlogit!.se, 1e-4);
    expect(t.notes.map((n) => n.en)).toContain(`Base outcome: ${ref.mlogit!.base}`);
    const stats = columnOf(tableOf(ctx.outputs, 1), 'value');
    expect(stats['Log likelihood']! / (ref.mlogit!.ll as number)).toBeCloseTo(1, 9);
  });

  it('ivregress 2SLS (sigma² = e′e/N, z statistics)', async () => {
    ctx.outputs.length = 0;
    const step = modelStep(
      'ivregress',
      'yiv',
      'mann',
      {},
      {
        endogenous: termsOf('xendog'),
        instruments: termsOf('z'),
      },
    );
    await runIvregress(step, ctx);
    const t = tableOf(ctx.outputs, 0);
    expectClose(columnOf(t, 'estimate'), ref.ivregress!.coef, 1e-6);
    expectClose(columnOf(t, 'se'), ref.ivregress!.se, 1e-4);
    expect(t.columns[2]!.label).toBe('z');
  });

  it('ivregress-predict: residuals are y − x′β with the 2SLS coefficients', async () => {
    const step = modelStep(
      'ivregress-predict',
      'yiv',
      'mann',
      { residuals: 'ivres', predicted: 'ivpred' },
      {
        endogenous: termsOf('xendog'),
        instruments: termsOf('z'),
      },
    );
    await ctx.apply(await runIvregressPredict(step, ctx));
    const b = ref.ivregress!.coef;
    const rows = await db.query(
      `SELECT yiv, xendog, mann, ivres, ivpred FROM ${ctx.workspace.get('persons').table} ORDER BY "@unit" LIMIT 5`,
    );
    for (const r of rows) {
      const xb = b._cons! + b.xendog! * Number(r.xendog) + b.mann! * Number(r.mann);
      expect(Number(r.ivpred)).toBeCloseTo(xb, 6);
      expect(Number(r.ivres)).toBeCloseTo(Number(r.yiv) - xb, 6);
    }
  });
});
