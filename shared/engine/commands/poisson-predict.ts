import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { poissonFamily } from '../models/families';
import { runGlmPredict } from '../models/run-glm-predict';
import type { StepEffect } from './effect';

/** `poisson-predict`: poisson, then predictions as new variables (see runGlmPredict). */
export async function runPoissonPredict(
  step: StepOf<'poisson-predict'>,
  ctx: EngineContext,
): Promise<StepEffect> {
  return runGlmPredict(step, ctx, {
    family: poissonFamily,
    title: 'Poisson regression',
    exponentiate: { option: 'irr', label: 'IRR' },
  });
}
