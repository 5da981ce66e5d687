import type { StepOf } from '../../lang/plan';
import { quoteNumber } from '../../sql/quote';
import type { EngineContext } from '../engine-context';
import { HIDDEN } from '../hidden-columns';
import type { PanelFit } from '../models/panel';
import {
  linearPredictionSql,
  type NewVariable,
  newName,
  predictionEffect,
  sampleConditionSql,
} from '../models/predict';
import { effectsOf, emitPanel, fitPanelStep } from '../models/run-panel';
import { optionsOf } from '../models/step';
import type { StepEffect } from './effect';

/**
 * `regress-panel-predict`: the panel model, then `predicted` = x'β (with the constant), `effects` = the unit
 * effect uᵢ (fe: mean of y − x'β over the unit's sample rows; re: that mean shrunk by Tᵢσᵤ²/(Tᵢσᵤ² + σₑ²)) and
 * `residuals` = y − x'β − uᵢ, as Stata's predict xb, u and e.
 */
export async function runRegressPanelPredict(
  step: StepOf<'regress-panel-predict'>,
  ctx: EngineContext,
): Promise<StepEffect> {
  const o = optionsOf(step);
  const fitted = await fitPanelStep(step, ctx, effectsOf(o));
  const { view, design, facts, fit } = fitted;
  const xb = linearPredictionSql(design, fit);
  const unit = `"${HIDDEN.unit}"`;
  const inSample = sampleConditionSql(design);
  const helpers: Record<string, string> = {
    '@xb': xb,
    '@ubar': `avg(CASE WHEN ${inSample} THEN ${design.dependent} - (${xb}) END) OVER (PARTITION BY ${unit})`,
    '@t': `count(CASE WHEN ${inSample} THEN 1 END) OVER (PARTITION BY ${unit})`,
  };
  let u = '"@ubar"';
  if (fitted.effects === 're') {
    const panel = fit as PanelFit;
    const su2 = quoteNumber(panel.sigmaU * panel.sigmaU);
    const se2 = quoteNumber(panel.sigmaE * panel.sigmaE);
    u = `("@t" * ${su2} / ("@t" * ${su2} + ${se2}) * "@ubar")`;
  }
  const variables: NewVariable[] = [];
  const predicted = newName(o, 'predicted');
  const residuals = newName(o, 'residuals');
  const effects = newName(o, 'effects');
  if (predicted) variables.push({ name: predicted, sql: '"@xb"' });
  if (effects) variables.push({ name: effects, sql: u });
  if (residuals) variables.push({ name: residuals, sql: `(${design.dependent} - "@xb" - ${u})` });
  const effect = predictionEffect(ctx, view, design, facts, fit.residualDf, variables, helpers);
  emitPanel(step, ctx, fitted);
  return effect;
}
