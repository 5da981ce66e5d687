import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { logitFamily } from '../models/families';
import { runGlm } from '../models/run-glm';

/** `logit`: logistic regression by Newton–Raphson in DuckDB; `or` shows odds ratios. */
export async function runLogit(step: StepOf<'logit'>, ctx: EngineContext): Promise<undefined> {
  await runGlm(step, ctx, {
    family: logitFamily,
    title: 'Logistic regression',
    exponentiate: { option: 'or', label: 'Odds ratio' },
  });
  return undefined;
}
