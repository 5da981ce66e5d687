import type { StepOf } from '../../lang/plan';
import { quoteNumber } from '../../sql/quote';
import type { EngineContext } from '../engine-context';
import type { Design } from '../models/design';
import { buildDesign } from '../models/design';
import { sampleFacts } from '../models/moments';
import { fitOls, type OlsCore } from '../models/ols';
import {
  inSample,
  linearPredictionSql,
  type NewVariable,
  newName,
  predictionEffect,
} from '../models/predict';
import { modelOutput } from '../models/report';
import { envelopeOf, levelOf, optionsOf } from '../models/step';
import type { StepEffect } from './effect';

/**
 * `regress-predict`: the regression table, then predicted values (x'β where the regressors are known),
 * residuals (y − x'β) and Cook's distance (estimation sample only) as new variables.
 */
export async function runRegressPredict(
  step: StepOf<'regress-predict'>,
  ctx: EngineContext,
): Promise<StepEffect> {
  const view = ctx.workspace.get(step.dataset);
  const o = optionsOf(step);
  const cluster = typeof o.cluster === 'string' ? o.cluster : null;
  const design = await buildDesign(ctx, view, {
    dependent: step.dependent,
    terms: step.terms,
    condition: step.condition,
    constant: !o.noconstant,
    required: cluster ? [cluster] : [],
  });
  const facts = await sampleFacts(ctx.db, design);
  const fit = await fitOls(ctx.db, design, facts, {
    robust: o.robust === true,
    cluster,
    standardize: o.standardize === true,
  });
  const xb = linearPredictionSql(design, fit);
  const residual = `(${design.dependent} - (${xb}))`;
  const variables: NewVariable[] = [];
  const predicted = newName(o, 'predicted');
  const residuals = newName(o, 'residuals');
  const cooksd = newName(o, 'cooksd');
  if (predicted) variables.push({ name: predicted, sql: xb });
  if (residuals) variables.push({ name: residuals, sql: residual });
  if (cooksd) {
    const h = leverageSql(fit.core, design, fit.core.shifts);
    const p = fit.core.kept.length;
    const s2 = fit.core.ssr / fit.residualDf;
    const d = `(${residual} * ${residual}) / (${quoteNumber(p * s2)}) * (${h}) / ((1.0 - (${h})) * (1.0 - (${h})))`;
    variables.push({ name: cooksd, sql: inSample(design, d) });
  }
  const effect = predictionEffect(ctx, view, design, facts, fit.residualDf, variables);
  ctx.emit(
    modelOutput(envelopeOf(step), design, facts, fit, {
      level: levelOf(o),
      exponentiate: null,
      title: `Linear regression: ${step.dependent.name}`,
    }),
  );
  return effect;
}

/** Leverage hᵢ = zᵢ'(Z'Z)⁻¹zᵢ over the shifted kept columns, as SQL over a row of the dataset. */
function leverageSql(core: OlsCore, design: Design, keptShifts: readonly number[]): string {
  const z = core.kept.map((col, j) => {
    const s = keptShifts[j]!;
    const sql = design.columns[col]!.sql;
    return s === 0 ? `(${sql})` : `((${sql}) - ${quoteNumber(s)})`;
  });
  const terms: string[] = [];
  for (let i = 0; i < z.length; i++)
    for (let j = i; j < z.length; j++) {
      const a = core.inverse.get(i, j) * (i === j ? 1 : 2);
      terms.push(`${quoteNumber(a)} * ${z[i]} * ${z[j]}`);
    }
  return terms.join(' + ');
}
