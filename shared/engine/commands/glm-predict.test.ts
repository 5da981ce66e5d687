import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import type { SqlDatabase } from '../../sql/database';
import { modelFixture, reference } from '../models/test-fixture';
import { modelStep } from '../models/test-steps';
import type { FixtureContext } from '../workspace-fixture';
import { runLogitPredict } from './logit-predict';
import { runPoissonPredict } from './poisson-predict';
import { runProbitPredict } from './probit-predict';

const want = reference().glm_predict as unknown as Record<string, number[]>;
let db: SqlDatabase;
let ctx: FixtureContext;

beforeAll(async () => {
  db = await openNativeDatabase();
  ctx = await modelFixture(db);
});
afterAll(async () => db.close());

async function column(name: string): Promise<Map<number, number | null>> {
  const view = ctx.workspace.get('persons');
  const rows = await db.query(`SELECT "@unit" AS u, "${name}" AS v FROM ${view.table}`);
  return new Map(rows.map((r) => [Number(r.u), r.v === null ? null : Number(r.v)]));
}

describe('logit-, probit- and poisson-predict against R (fitted)', () => {
  it('logit: probabilities, predicted class and response residuals', async () => {
    const step = modelStep('logit-predict', 'hoylonn', 'alder mann utd', {
      predicted: 'lp',
      residuals: 'lr',
      probabilities: 'lprob',
    });
    await ctx.apply(await runLogitPredict(step, ctx));
    const [prob, cls, res, y] = await Promise.all([
      column('lprob'),
      column('lp'),
      column('lr'),
      column('hoylonn'),
    ]);
    want.unit!.forEach((u, i) => {
      expect(prob.get(u)! / want.logit![i]!).toBeCloseTo(1, 8);
      expect(cls.get(u)).toBe(want.logit![i]! >= 0.5 ? 1 : 0);
      expect(res.get(u)! - (y.get(u)! - want.logit![i]!)).toBeCloseTo(0, 8);
    });
  });

  it('probit probabilities and poisson expected counts', async () => {
    await ctx.apply(
      await runProbitPredict(
        modelStep('probit-predict', 'hoylonn', 'alder mann utd', { probabilities: 'pp' }),
        ctx,
      ),
    );
    await ctx.apply(await runPoissonPredict(modelStep('poisson-predict', 'antall', 'alder mann', {}), ctx));
    const [pp, count] = await Promise.all([column('pp'), column('predicted')]);
    want.unit!.forEach((u, i) => {
      expect(pp.get(u)! / want.probit![i]!).toBeCloseTo(1, 8);
      expect(count.get(u)! / want.poisson![i]!).toBeCloseTo(1, 8);
    });
  });
});
