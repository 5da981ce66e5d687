import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { buildDesign } from '../models/design';
import { sampleFacts } from '../models/moments';
import { fitOls } from '../models/ols';
import { modelOutput } from '../models/report';
import { envelopeOf, levelOf } from '../models/step';

/** `regress`: OLS with classical, robust (HC1) or clustered standard errors; emits the coefficient table. */
export async function runRegress(step: StepOf<'regress'>, ctx: EngineContext): Promise<undefined> {
  const view = ctx.workspace.get(step.dataset);
  const o = step.options;
  const cluster = o.cluster ?? null;
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
  ctx.emit(
    modelOutput(envelopeOf(step), design, facts, fit, {
      level: levelOf(o),
      exponentiate: null,
      title: `Linear regression: ${step.dependent.name}`,
    }),
  );
  return undefined;
}
