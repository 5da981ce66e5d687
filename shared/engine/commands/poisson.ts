import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { poissonFamily } from '../models/families';
import { runGlm } from '../models/run-glm';

/** `poisson`: Poisson regression (optionally with `exposure(var)`); `irr` shows incidence rate ratios. */
export async function runPoisson(step: StepOf<'poisson'>, ctx: EngineContext): Promise<undefined> {
  await runGlm(step, ctx, {
    family: poissonFamily,
    title: 'Poisson regression',
    exponentiate: { option: 'irr', label: 'IRR' },
  });
  return undefined;
}
