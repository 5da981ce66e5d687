import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { fitModelStep } from '../models/fit-step';
import { coefficientRows, modelLevels } from '../models/report';
import { envelopeOf, levelOf, optionsOf } from '../models/step';

/** `coefplot <model command>`: the model's coefficients (without the constant) with confidence intervals. */
export async function runCoefplot(step: StepOf<'coefplot'>, ctx: EngineContext): Promise<undefined> {
  const model = step.model;
  const { design, facts, fit } = await fitModelStep(model, ctx);
  const level = levelOf(optionsOf(model));
  const rows = coefficientRows(fit, level, false).filter((r) => !r.label.endsWith('_cons'));
  ctx.emit({
    ...envelopeOf(step),
    kind: 'model',
    facts: { units: facts.n, residualDf: fit.residualDf, levels: modelLevels(design, facts) },
    tables: [],
    chart: {
      title: `${model.kind} ${model.dependent.name}: coefficients with ${level}% confidence intervals`,
      points: rows.map((r) => ({ label: r.label, estimate: r.estimate, low: r.low, high: r.high })),
    },
  });
  return undefined;
}
