import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import type { SqlDatabase } from '../../sql/database';
import { modelFixture, reference } from '../models/test-fixture';
import { modelStep } from '../models/test-steps';
import type { FixtureContext } from '../workspace-fixture';
import { runRegressPredict } from './regress-predict';

const ref = reference();
let db: SqlDatabase;
let ctx: FixtureContext;

beforeAll(async () => {
  db = await openNativeDatabase();
  ctx = await modelFixture(db);
});
afterAll(async () => db.close());

describe('regress-predict against R (predict, cooks.distance)', () => {
  it('adds predicted values, residuals and Cook distance as variables, and shows the table', async () => {
    const step = modelStep('regress-predict', 'lonn', 'alder mann formue', {
      predicted: 'pred',
      residuals: 'res',
      cooksd: 'cook',
    });
    const effect = await runRegressPredict(step, ctx);
    await ctx.apply(effect);
    expect(ctx.outputs.some((o) => o.kind === 'table')).toBe(true);
    const view = ctx.workspace.get('persons');
    expect(view.columns.slice(-3).map((c) => c.name)).toEqual(['pred', 'res', 'cook']);
    const rows = await db.query(
      `SELECT "@unit" AS u, pred, res, cook, lonn FROM ${view.table} ORDER BY "@unit"`,
    );
    const want = ref.ols_predict as unknown as Record<string, number[]>;
    want.unit!.forEach((unit, i) => {
      const row = rows.find((r) => r.u === unit)!;
      expect(Number(row.pred) / want.predicted![i]!).toBeCloseTo(1, 9);
      expect(Number(row.res) / want.residual![i]!).toBeCloseTo(1, 6);
      expect(Number(row.cook) / want.cooksd![i]!).toBeCloseTo(1, 6);
    });
    const missing = rows.filter((r) => r.lonn === null);
    expect(missing.length).toBe(25);
    for (const r of missing) {
      expect(r.pred).not.toBeNull();
      expect(r.res).toBeNull();
      expect(r.cook).toBeNull();
    }
  });
});

describe('regress-predict of a refused model', () => {
  it('publishes the refusal and adds the variables with missing values only', async () => {
    ctx.outputs.length = 0;
    const tiny = {
      kind: 'binary' as const,
      type: 'number' as const,
      op: '<' as const,
      left: {
        kind: 'column' as const,
        type: 'number' as const,
        name: 'alder',
        valueType: 'integer' as const,
      },
      right: { kind: 'number' as const, type: 'number' as const, value: 24 },
    };
    const step = modelStep('regress-predict', 'lonn', 'alder i.fylke', { residuals: 'rres' }, {}, tiny);
    await ctx.apply(await runRegressPredict(step, ctx));
    expect(ctx.outputs.map((o) => o.kind)).toEqual(['refusal']);
    const rows = await db.query(`SELECT count(rres) AS n FROM ${ctx.workspace.get('persons').table}`);
    expect(Number(rows[0]!.n)).toBe(0);
  });
});
