import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import type { SqlDatabase } from '../../sql/database';
import { EngineError } from '../errors';
import { columnOf, expectClose, modelFixture, reference, tableOf } from '../models/test-fixture';
import { modelStep } from '../models/test-steps';
import type { FixtureContext } from '../workspace-fixture';
import { runLogit } from './logit';
import { runPoisson } from './poisson';
import { runProbit } from './probit';

const ref = reference();
let db: SqlDatabase;
let ctx: FixtureContext;

beforeAll(async () => {
  db = await openNativeDatabase();
  ctx = await modelFixture(db);
});
afterAll(async () => db.close());

function published() {
  const coefficients = tableOf(ctx.outputs, 0);
  return {
    coefficients,
    coef: columnOf(coefficients, 'estimate'),
    se: columnOf(coefficients, 'se'),
    stats: columnOf(tableOf(ctx.outputs, 1), 'value'),
  };
}

function expectReference(name: string) {
  const got = published();
  expectClose(got.coef, ref[name]!.coef, 1e-6);
  expectClose(got.se, ref[name]!.se, 1e-4);
  expect(got.stats['Log likelihood']! / (ref[name]!.ll as number)).toBeCloseTo(1, 9);
  return got;
}

describe('maximum-likelihood models against R (glm, numDeriv)', () => {
  it('logit: coefficients, standard errors, log likelihood, LR chi², pseudo R², convergence', async () => {
    ctx.outputs.length = 0;
    await runLogit(modelStep('logit', 'hoylonn', 'alder mann utd'), ctx);
    const got = expectReference('logit');
    const ll0 = ref.logit!.ll0 as number;
    const ll = ref.logit!.ll as number;
    expect(got.stats['LR chi2(3)']! / (2 * (ll - ll0))).toBeCloseTo(1, 8);
    expect(got.stats['Pseudo R2']! / (1 - ll / ll0)).toBeCloseTo(1, 8);
    expect(got.coefficients.notes.some((n) => n.en.startsWith('Converged after'))).toBe(true);
  });

  it('logit, or: odds ratios with delta-method standard errors and exponentiated limits', async () => {
    ctx.outputs.length = 0;
    await runLogit(modelStep('logit', 'hoylonn', 'alder mann utd', { or: true }), ctx);
    const { coefficients, coef, se } = published();
    expect(coefficients.columns[0]!.label).toBe('Odds ratio');
    const b = ref.logit!.coef.mann!;
    expect(coef.mann! / Math.exp(b)).toBeCloseTo(1, 8);
    expect(se.mann! / (Math.exp(b) * ref.logit!.se.mann!)).toBeCloseTo(1, 5);
    expect(columnOf(coefficients, 'low').mann!).toBeLessThan(coef.mann!);
  });

  it('probit with the observed information (as Stata)', async () => {
    ctx.outputs.length = 0;
    await runProbit(modelStep('probit', 'hoylonn', 'alder mann utd'), ctx);
    expectReference('probit');
  });

  it('poisson', async () => {
    ctx.outputs.length = 0;
    await runPoisson(modelStep('poisson', 'antall', 'alder mann'), ctx);
    expectReference('poisson');
  });

  it('a dependent variable that is not 0/1 is a clear error for logit and probit', async () => {
    await expect(runLogit(modelStep('logit', 'antall', 'alder mann'), ctx)).rejects.toThrow(
      'logit needs antall to have only the values 0 and 1',
    );
    await expect(runProbit(modelStep('probit', 'lonnkat', 'alder'), ctx)).rejects.toBeInstanceOf(EngineError);
  });
});
