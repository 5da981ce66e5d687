import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { effectsOf, emitPanel, fitPanelStep } from '../models/run-panel';
import { optionsOf } from '../models/step';

/** `regress-panel`: fixed (default), random or between effects, or pooled OLS, on a panel dataset. */
export async function runRegressPanel(step: StepOf<'regress-panel'>, ctx: EngineContext): Promise<undefined> {
  emitPanel(step, ctx, await fitPanelStep(step, ctx, effectsOf(optionsOf(step))));
  return undefined;
}
