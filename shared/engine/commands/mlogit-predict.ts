import type { StepOf } from '../../lang/plan';
import { quoteIdent, quoteNumber } from '../../sql/quote';
import type { EngineContext } from '../engine-context';
import { buildDesign } from '../models/design';
import { fitMlogit } from '../models/mlogit';
import { sampleFacts } from '../models/moments';
import { type NewVariable, newName, predictionEffect } from '../models/predict';
import { modelOutput } from '../models/report';
import { envelopeOf, levelOf, optionsOf } from '../models/step';
import type { StepEffect } from './effect';

/**
 * `mlogit-predict`: mlogit, then per outcome category (1, 2, … in ascending order of the outcome's values)
 * `probabilities_i` = P(y = category i) and `predicted_i` = the linear index x'βᵢ (0 for the base outcome).
 */
export async function runMlogitPredict(
  step: StepOf<'mlogit-predict'>,
  ctx: EngineContext,
): Promise<StepEffect> {
  const o = optionsOf(step);
  const view = ctx.workspace.get(step.dataset);
  const design = await buildDesign(ctx, view, {
    dependent: step.dependent,
    terms: step.terms,
    condition: step.condition,
    constant: o.noconstant !== true,
  });
  const facts = await sampleFacts(ctx.db, design);
  const fit = await fitMlogit(ctx.db, design, facts, typeof o.base === 'number' ? o.base : null);
  const others = fit.categories.filter((c) => c.value !== fit.base);
  const helpers: Record<string, string> = {};
  others.forEach((c, b) => {
    const parts = fit.kept.map((col, j) => {
      const coef = quoteNumber(fit.beta[b]![j]!);
      const column = design.columns[col]!;
      return column.kind === 'constant' ? coef : `${coef} * (${column.sql})`;
    });
    helpers[`@e${c.value}`] = parts.join(' + ');
  });
  const index = (value: number) => (value === fit.base ? '0.0' : quoteIdent(`@e${value}`));
  const denominator = `(1.0 + ${others.map((c) => `exp(${index(c.value)})`).join(' + ')})`;
  const variables: NewVariable[] = [];
  const predicted = newName(o, 'predicted');
  const probabilities = newName(o, 'probabilities');
  fit.categories.forEach((c, i) => {
    if (predicted) variables.push({ name: `${predicted}_${i + 1}`, sql: index(c.value) });
    if (probabilities)
      variables.push({ name: `${probabilities}_${i + 1}`, sql: `exp(${index(c.value)}) / ${denominator}` });
  });
  const effect = predictionEffect(ctx, view, design, facts, fit.residualDf, variables, helpers);
  const raw = modelOutput(envelopeOf(step), design, facts, fit, {
    level: levelOf(o),
    exponentiate: o.rrr === true ? 'RRR' : null,
    title: `Multinomial logistic regression: ${step.dependent.name}`,
  });
  raw.facts.levels = [
    ...raw.facts.levels,
    ...fit.categories.map((c) => ({ term: `${step.dependent.name}=${c.value}`, units: c.units })),
  ];
  ctx.emit(raw);
  return effect;
}
