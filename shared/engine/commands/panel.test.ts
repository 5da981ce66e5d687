import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import type { SqlDatabase } from '../../sql/database';
import { columnOf, expectClose, modelFixture, reference, tableOf } from '../models/test-fixture';
import { modelStep } from '../models/test-steps';
import type { FixtureContext } from '../workspace-fixture';
import { runHausman } from './hausman';
import { runRegressPanel } from './regress-panel';
import { runRegressPanelDiff } from './regress-panel-diff';

const ref = reference();
let db: SqlDatabase;
let ctx: FixtureContext;

beforeAll(async () => {
  db = await openNativeDatabase();
  ctx = await modelFixture(db, 'panel');
});
afterAll(async () => db.close());

async function panel(options: Record<string, boolean>) {
  ctx.outputs.length = 0;
  await runRegressPanel(modelStep('regress-panel', 'y', 'x1 x2', options, { dataset: 'panel' }), ctx);
  const t = tableOf(ctx.outputs, 0);
  return {
    coef: columnOf(t, 'estimate'),
    se: columnOf(t, 'se'),
    stats: columnOf(tableOf(ctx.outputs, 1), 'value'),
    table: t,
  };
}

describe('regress-panel and hausman against R (xtreg formulas)', () => {
  it('fixed effects: within slopes, grand-mean constant, sigma_e, groups perturbed', async () => {
    const got = await panel({});
    expectClose(got.coef, ref.panel_fe!.coef, 1e-6);
    expectClose(got.se, ref.panel_fe!.se, 1e-4);
    expect(got.stats.sigma_e! / (ref.panel_fe!.sigma_e as number)).toBeCloseTo(1, 8);
    expect(got.table.columns[2]!.label).toBe('t');
    expect(got.stats['Number of groups']).toBeGreaterThan(190);
  });

  it('random effects (Swamy–Arora) and between effects', async () => {
    const re = await panel({ re: true });
    expectClose(re.coef, ref.panel_re!.coef, 1e-6);
    expectClose(re.se, ref.panel_re!.se, 1e-4);
    expect(re.stats.sigma_u! / (ref.panel_re!.sigma_u as number)).toBeCloseTo(1, 8);
    expect(re.table.columns[2]!.label).toBe('z');
    const be = await panel({ be: true });
    expectClose(be.coef, ref.panel_be!.coef, 1e-6);
    expectClose(be.se, ref.panel_be!.se, 1e-4);
  });

  it('a time-invariant regressor is dropped from fixed effects with a note', async () => {
    const got = await panel({});
    expect(got.table.notes.some((n) => n.en === 'gruppe omitted because of collinearity')).toBe(false);
    ctx.outputs.length = 0;
    await runRegressPanel(modelStep('regress-panel', 'y', 'x1 x2 gruppe', {}, { dataset: 'panel' }), ctx);
    const t = tableOf(ctx.outputs, 0);
    expect(t.notes.map((n) => n.en)).toContain('gruppe omitted because of collinearity');
    expectClose(columnOf(t, 'estimate'), ref.panel_fe!.coef, 1e-6);
  });

  it('hausman chi²', async () => {
    ctx.outputs.length = 0;
    await runHausman(modelStep('hausman', 'y', 'x1 x2', {}, { dataset: 'panel' }), ctx);
    const stats = columnOf(tableOf(ctx.outputs, 1), 'value');
    expect(stats['chi2(2)']! / (ref.hausman!.chi2 as unknown as number)).toBeCloseTo(1, 6);
  });
});

describe('regress-panel-diff against R (lm with the interaction)', () => {
  it('group, treated period, their interaction and a control', async () => {
    ctx.outputs.length = 0;
    await runRegressPanelDiff(
      modelStep(
        'regress-panel-diff',
        'y2',
        'x1',
        {},
        {
          dataset: 'panel',
          group: { name: 'gruppe', type: 'number' },
          treated: { name: 'etter', type: 'number' },
        },
      ),
      ctx,
    );
    const t = tableOf(ctx.outputs, 0);
    expectClose(columnOf(t, 'estimate'), ref.panel_diff!.coef, 1e-6);
    expectClose(columnOf(t, 'se'), ref.panel_diff!.se, 1e-4);
  });
});
