import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import { perturbCount } from '../../disclosure/cell-key';
import { defaultDisclosureConfig } from '../../disclosure/config';
import type { StepOf } from '../../lang/plan';
import type { TypedExpr } from '../../lang/plan-expression';
import type { SqlDatabase } from '../../sql/database';
import { columnOf, expectClose, modelFixture, reference, tableOf, termsOf } from '../models/test-fixture';
import type { FixtureContext } from '../workspace-fixture';
import { runRegress } from './regress';

const ref = reference();
let db: SqlDatabase;
let ctx: FixtureContext;

beforeAll(async () => {
  db = await openNativeDatabase();
  ctx = await modelFixture(db);
});
afterAll(async () => db.close());

function step(
  spec: string,
  options: StepOf<'regress'>['options'] = {},
  condition: TypedExpr | null = null,
): StepOf<'regress'> {
  return {
    kind: 'regress',
    line: 4,
    span: { start: 0, end: 10 },
    dataset: 'persons',
    dependent: { name: 'lonn', type: 'number' },
    terms: termsOf(spec),
    endogenous: null,
    instruments: null,
    groups: null,
    running: null,
    group: null,
    treated: null,
    duration: null,
    condition,
    options,
  };
}

async function estimate(
  spec: string,
  options: StepOf<'regress'>['options'] = {},
  condition: TypedExpr | null = null,
) {
  ctx.outputs.length = 0;
  await runRegress(step(spec, options, condition), ctx);
  const coefficients = tableOf(ctx.outputs, 0);
  const stats = columnOf(tableOf(ctx.outputs, 1), 'value');
  return { coefficients, stats, coef: columnOf(coefficients, 'estimate'), se: columnOf(coefficients, 'se') };
}

function expectReference(name: string, got: Awaited<ReturnType<typeof estimate>>) {
  const want = ref[name]!;
  expectClose(got.coef, want.coef, 1e-6);
  expectClose(got.se, want.se, 1e-4);
}

describe('regress against R (lm, sandwich)', () => {
  it('classical OLS: coefficients, standard errors, R², adjusted R², F, root MSE', async () => {
    const got = await estimate('alder mann formue');
    expectReference('ols_basic', got);
    const want = ref.ols_basic!;
    expect(got.stats['R-squared']).toBeCloseTo(want.r2 as number, 10);
    expect(got.stats['Adj R-squared']).toBeCloseTo(want.adjr2 as number, 10);
    expect(got.stats['Root MSE']! / (want.rmse as number)).toBeCloseTo(1, 9);
    expect(got.stats['F(3, 971)']! / (want.f as number)).toBeCloseTo(1, 8);
    expect(got.stats['Prob > F']).toBeLessThan(1e-10);
  });

  it('N is published through the cell key, never as the true count', async () => {
    const got = await estimate('alder mann formue');
    const n = ref.ols_basic!.n as number;
    const keys = await db.query(
      `SELECT CAST(sum("@key") % 4294967296 AS BIGINT) AS k FROM ${ctx.workspace.get('persons').table} WHERE lonn IS NOT NULL`,
    );
    const expected = perturbCount({ units: n, keySum: Number(keys[0]!.k) }, defaultDisclosureConfig);
    expect(expected.outcome).toBe('ok');
    expect(got.stats['Number of obs']).toBe(expected.outcome === 'ok' ? expected.value : -1);
    const nRow = tableOf(ctx.outputs, 1).rows.find((r) => r.header[0] === 'Number of obs')!;
    expect(nRow.cells[0]!.rule).toBe('CK');
    expect(got.coefficients.rows[0]!.cells[0]!.rule).toBe('EXACT');
  });

  it('robust (HC1) and clustered standard errors', async () => {
    expectReference('ols_robust', await estimate('alder mann formue', { robust: true }));
    const clustered = await estimate('alder mann formue', { cluster: 'kommune' });
    expectReference('ols_cluster', clustered);
    expect(clustered.stats['Clusters (kommune)']).toBe(40);
  });

  it('factor syntax: c.alder##i.kjonn, i.fylke, and i.kjonn#c.formue without a constant', async () => {
    expectReference('ols_factor', await estimate('c.alder##i.kjonn'));
    const fylke = await estimate('i.fylke alder mann');
    expectReference('ols_fylke', fylke);
    expect(fylke.coefficients.notes.map((n) => n.en)).toContain('Reference level of fylke: 3');
    const noconstant = await estimate('alder i.kjonn#c.formue', { noconstant: true });
    expectReference('ols_noconstant', noconstant);
    expect(noconstant.stats['R-squared']).toBeCloseTo(ref.ols_noconstant!.r2 as number, 10);
  });

  it('drops a collinear regressor with a note, as Stata does', async () => {
    const got = await estimate('alder alder2 mann');
    expectReference('ols_collinear', got);
    expect(got.coefficients.notes.map((n) => n.en)).toContain('alder2 omitted because of collinearity');
  });

  it('if condition, level() and standardize', async () => {
    const alderOver25: TypedExpr = {
      kind: 'binary',
      type: 'number',
      op: '>',
      left: { kind: 'column', type: 'number', name: 'alder', valueType: 'integer' },
      right: { kind: 'number', type: 'number', value: 25 },
    };
    expectReference('ols_if', await estimate('alder mann formue', {}, alderOver25));
    const got = await estimate('alder mann formue', { level: 90, standardize: true });
    expect(got.coefficients.columns.map((c) => c.label)).toContain('[90% conf.');
    const beta = columnOf(got.coefficients, 'beta');
    delete beta._cons;
    expectClose(beta, ref.ols_beta as unknown as Record<string, number>, 1e-8);
    const low = columnOf(got.coefficients, 'low').alder!;
    const se = got.se.alder!;
    // qt(0.95, 971) in R
    expect((got.coef.alder! - low) / se).toBeCloseTo(1.64642441254, 9);
  });

  it('refuses a model whose dummy level is too small (MODEL)', async () => {
    const tiny: TypedExpr = {
      kind: 'binary',
      type: 'number',
      op: '<',
      left: { kind: 'column', type: 'number', name: 'alder', valueType: 'integer' },
      right: { kind: 'number', type: 'number', value: 24 },
    };
    ctx.outputs.length = 0;
    await runRegress(step('alder i.fylke', {}, tiny), ctx);
    const levels = await db.query(
      `SELECT fylke, count(*) AS n FROM ${ctx.workspace.get('persons').table} WHERE alder < 24 AND lonn IS NOT NULL GROUP BY ALL`,
    );
    const smallest = Math.min(...levels.map((r) => Number(r.n)));
    expect(smallest).toBeLessThan(10);
    expect(ctx.outputs).toHaveLength(1);
    expect(ctx.outputs[0]).toMatchObject({ kind: 'refusal', rule: 'MODEL', code: 'model-small-level' });
  });
});
