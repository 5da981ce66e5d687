import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { emitIv, fitIvStep } from '../models/run-iv';

/** `ivregress y exog (endog = instruments)`: two-stage least squares. */
export async function runIvregress(step: StepOf<'ivregress'>, ctx: EngineContext): Promise<undefined> {
  emitIv(step, ctx, await fitIvStep(step, ctx));
  return undefined;
}
