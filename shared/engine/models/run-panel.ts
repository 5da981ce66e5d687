import type { DatasetView } from '../dataset-view';
import type { EngineContext } from '../engine-context';
import { buildDesign, type Design } from './design';
import { modelError } from './errors';
import type { Fit } from './fit';
import { type SampleFacts, sampleFacts } from './moments';
import { fitOls } from './ols';
import { fitPanel, type PanelEffects, type PanelFit } from './panel';
import { modelOutput } from './report';
import { envelopeOf, levelOf, type ModelStep, optionsOf } from './step';

/** Which estimator a regress-panel step asks for (fe unless re, be or pooled is given). */
export function effectsOf(options: Record<string, unknown>): PanelEffects | 'pooled' {
  if (options.re === true) return 're';
  if (options.be === true) return 'be';
  if (options.pooled === true) return 'pooled';
  return 'fe';
}

const TITLES = {
  fe: 'Fixed-effects (within) regression',
  re: 'Random-effects GLS regression',
  be: 'Between regression (regression on group means)',
  pooled: 'Pooled OLS regression',
} as const;

/** A fitted panel step. */
export interface FittedPanel {
  view: DatasetView;
  design: Design;
  facts: SampleFacts;
  fit: Fit | PanelFit;
  effects: PanelEffects | 'pooled';
}

/** Design and fit of a panel step (robust and cluster errors only for pooled OLS). */
export async function fitPanelStep(
  step: ModelStep,
  ctx: EngineContext,
  effects: PanelEffects | 'pooled',
): Promise<FittedPanel> {
  const view = ctx.workspace.get(step.dataset);
  const o = optionsOf(step);
  const cluster = typeof o.cluster === 'string' ? o.cluster : null;
  if (effects !== 'pooled' && (o.robust === true || cluster))
    throw modelError(
      'model-panel-robust',
      'robust og cluster() er bare støttet sammen med pooled i regress-panel',
      'robust and cluster() are supported only with pooled in regress-panel',
    );
  const design = await buildDesign(ctx, view, {
    dependent: step.dependent,
    terms: step.terms,
    condition: step.condition,
    constant: o.noconstant !== true,
    required: cluster ? [cluster] : [],
  });
  const facts = await sampleFacts(ctx.db, design);
  const fit =
    effects === 'pooled'
      ? await fitOls(ctx.db, design, facts, { robust: o.robust === true, cluster, standardize: false })
      : await fitPanel(ctx.db, design, facts, effects);
  return { view, design, facts, fit, effects };
}

/** Emits a panel fit's tables. */
export function emitPanel(step: ModelStep, ctx: EngineContext, fitted: FittedPanel): void {
  ctx.emit(
    modelOutput(envelopeOf(step), fitted.design, fitted.facts, fitted.fit, {
      level: levelOf(optionsOf(step)),
      exponentiate: null,
      title: `${TITLES[fitted.effects]}: ${step.dependent.name}`,
    }),
  );
}
