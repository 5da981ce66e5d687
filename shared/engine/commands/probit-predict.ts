import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { probitFamily } from '../models/families';
import { runGlmPredict } from '../models/run-glm-predict';
import type { StepEffect } from './effect';

/** `probit-predict`: probit, then predictions as new variables (see runGlmPredict). */
export async function runProbitPredict(
  step: StepOf<'probit-predict'>,
  ctx: EngineContext,
): Promise<StepEffect> {
  return runGlmPredict(step, ctx, { family: probitFamily, title: 'Probit regression' });
}
