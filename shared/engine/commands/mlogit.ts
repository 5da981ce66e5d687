import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { buildDesign } from '../models/design';
import { fitMlogit } from '../models/mlogit';
import { sampleFacts } from '../models/moments';
import { modelOutput } from '../models/report';
import { envelopeOf, levelOf, optionsOf } from '../models/step';

/** `mlogit`: multinomial logit; `base(n)` sets the base outcome, `rrr` shows relative risk ratios. */
export async function runMlogit(step: StepOf<'mlogit'>, ctx: EngineContext): Promise<undefined> {
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
  const raw = modelOutput(envelopeOf(step), design, facts, fit, {
    level: levelOf(o),
    exponentiate: o.rrr === true ? 'RRR' : null,
    title: `Multinomial logistic regression: ${step.dependent.name}`,
  });
  // Each outcome category is a level of the MODEL rule: a rare outcome's coefficients describe few units.
  raw.facts.levels = [
    ...raw.facts.levels,
    ...fit.categories.map((c) => ({ term: `${step.dependent.name}=${c.value}`, units: c.units })),
  ];
  ctx.emit(raw);
  return undefined;
}
