import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { linearPredictionSql, type NewVariable, newName, predictionEffect } from '../models/predict';
import { emitIv, fitIvStep } from '../models/run-iv';
import { optionsOf } from '../models/step';
import type { StepEffect } from './effect';

/** `ivregress-predict`: 2SLS, then predicted values x'β and residuals y − x'β as new variables. */
export async function runIvregressPredict(
  step: StepOf<'ivregress-predict'>,
  ctx: EngineContext,
): Promise<StepEffect> {
  const fitted = await fitIvStep(step, ctx);
  const { view, design, facts, fit } = fitted;
  const o = optionsOf(step);
  const xb = linearPredictionSql(design, fit);
  const variables: NewVariable[] = [];
  const predicted = newName(o, 'predicted');
  const residuals = newName(o, 'residuals');
  if (predicted) variables.push({ name: predicted, sql: xb });
  if (residuals) variables.push({ name: residuals, sql: `(${design.dependent} - (${xb}))` });
  const effect = predictionEffect(ctx, view, design, facts, fit.residualDf, variables);
  emitIv(step, ctx, fitted);
  return effect;
}
