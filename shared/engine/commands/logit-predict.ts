import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { logitFamily } from '../models/families';
import { runGlmPredict } from '../models/run-glm-predict';
import type { StepEffect } from './effect';

/** `logit-predict`: logit, then predictions as new variables (see runGlmPredict). */
export async function runLogitPredict(
  step: StepOf<'logit-predict'>,
  ctx: EngineContext,
): Promise<StepEffect> {
  return runGlmPredict(step, ctx, {
    family: logitFamily,
    title: 'Logistic regression',
    exponentiate: { option: 'or', label: 'Odds ratio' },
  });
}
