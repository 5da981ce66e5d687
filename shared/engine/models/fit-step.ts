import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { buildDesign, type Design } from './design';
import { modelError } from './errors';
import { logitFamily, poissonFamily, probitFamily } from './families';
import type { Fit } from './fit';
import { fitMlogit } from './mlogit';
import { type SampleFacts, sampleFacts } from './moments';
import { fitOls } from './ols';
import { fitGlmStep } from './run-glm';
import { fitIvStep } from './run-iv';
import { effectsOf, fitPanelStep } from './run-panel';
import { optionsOf } from './step';

/** The model kinds coefplot can draw. */
export type PlottableStep = StepOf<'coefplot'>['model'];

/** Fits any model coefplot accepts, exactly as its own command would. */
export async function fitModelStep(
  step: PlottableStep,
  ctx: EngineContext,
): Promise<{ design: Design; facts: SampleFacts; fit: Fit }> {
  const o = optionsOf(step);
  switch (step.kind) {
    case 'regress': {
      const view = ctx.workspace.get(step.dataset);
      const cluster = typeof o.cluster === 'string' ? o.cluster : null;
      const design = await buildDesign(ctx, view, {
        dependent: step.dependent,
        terms: step.terms,
        condition: step.condition,
        constant: o.noconstant !== true,
        required: cluster ? [cluster] : [],
      });
      const facts = await sampleFacts(ctx.db, design);
      const fit = await fitOls(ctx.db, design, facts, {
        robust: o.robust === true,
        cluster,
        standardize: false,
      });
      return { design, facts, fit };
    }
    case 'logit':
      return fitGlmStep(step, ctx, { family: logitFamily, title: '' });
    case 'probit':
      return fitGlmStep(step, ctx, { family: probitFamily, title: '' });
    case 'poisson':
      return fitGlmStep(step, ctx, { family: poissonFamily, title: '' });
    case 'mlogit': {
      const view = ctx.workspace.get(step.dataset);
      const design = await buildDesign(ctx, view, {
        dependent: step.dependent,
        terms: step.terms,
        condition: step.condition,
        constant: o.noconstant !== true,
      });
      const facts = await sampleFacts(ctx.db, design);
      const fit = await fitMlogit(ctx.db, design, facts, typeof o.base === 'number' ? o.base : null);
      return { design, facts, fit };
    }
    case 'ivregress':
      return fitIvStep(step, ctx);
    case 'regress-panel':
      return fitPanelStep(step, ctx, effectsOf(o));
    default:
      throw modelError(
        'model-coefplot-unsupported',
        `coefplot støtter ikke ${step.kind} ennå`,
        `coefplot does not support ${step.kind} yet`,
      );
  }
}
