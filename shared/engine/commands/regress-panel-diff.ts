import type { Term } from '../../lang/command-kit/model';
import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { buildDesign } from '../models/design';
import { sampleFacts } from '../models/moments';
import { fitOls } from '../models/ols';
import { modelOutput } from '../models/report';
import { envelopeOf, levelOf, optionsOf } from '../models/step';

/**
 * `regress-panel-diff y group treated [controls]`: difference in differences by OLS,
 * y = a + b·group + c·treated + d·group·treated (+ controls); d is the effect of the treatment.
 */
export async function runRegressPanelDiff(
  step: StepOf<'regress-panel-diff'>,
  ctx: EngineContext,
): Promise<undefined> {
  const o = optionsOf(step);
  const group = step.group!;
  const treated = step.treated!;
  const single = (name: string): Term => ({
    factors: [{ name, type: 'number', prefix: null }],
    interaction: null,
  });
  const interaction: Term = {
    factors: [
      { name: group.name, type: 'number', prefix: 'c' },
      { name: treated.name, type: 'number', prefix: 'c' },
    ],
    interaction: '#',
  };
  const cluster = typeof o.cluster === 'string' ? o.cluster : null;
  const design = await buildDesign(ctx, ctx.workspace.get(step.dataset), {
    dependent: step.dependent,
    terms: [single(group.name), single(treated.name), interaction, ...step.terms],
    condition: step.condition,
    constant: o.noconstant !== true,
    required: cluster ? [cluster] : [],
  });
  const facts = await sampleFacts(ctx.db, design);
  const fit = await fitOls(ctx.db, design, facts, { robust: o.robust === true, cluster, standardize: false });
  fit.notes.push({
    nb: `Effekten av behandlingen er koeffisienten til c.${group.name}#c.${treated.name}`,
    en: `The treatment effect is the coefficient of c.${group.name}#c.${treated.name}`,
  });
  ctx.emit(
    modelOutput(envelopeOf(step), design, facts, fit, {
      level: levelOf(o),
      exponentiate: null,
      title: `Difference in differences: ${step.dependent.name}`,
    }),
  );
  return undefined;
}
