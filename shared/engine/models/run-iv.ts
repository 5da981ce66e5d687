import type { DatasetView } from '../dataset-view';
import type { EngineContext } from '../engine-context';
import { buildDesign, type Design } from './design';
import { modelError } from './errors';
import type { Fit } from './fit';
import { fitIv } from './iv';
import { type SampleFacts, sampleFacts } from './moments';
import { modelOutput } from './report';
import { envelopeOf, levelOf, type ModelStep, optionsOf } from './step';
import { expandTerms, termVariableNames } from './terms';

/** A fitted ivregress step. */
export interface FittedIv {
  view: DatasetView;
  design: Design;
  facts: SampleFacts;
  fit: Fit;
}

/** Builds one design of exogenous, endogenous and instrument columns over a common sample, then fits 2SLS. */
export async function fitIvStep(step: ModelStep, ctx: EngineContext): Promise<FittedIv> {
  const o = optionsOf(step);
  if (o.robust === true || typeof o.cluster === 'string' || o.liml === true || o.gmm === true)
    throw modelError(
      'model-iv-option',
      'ivregress støtter foreløpig bare 2SLS med vanlige standardfeil',
      'ivregress supports only 2SLS with conventional standard errors so far',
    );
  const view = ctx.workspace.get(step.dataset);
  const endogenous = step.endogenous ?? [];
  const instruments = step.instruments ?? [];
  const all = [...step.terms, ...endogenous, ...instruments];
  const required = termVariableNames(expandTerms(all));
  const base = { dependent: step.dependent, condition: step.condition, required };
  const exo = await buildDesign(ctx, view, { ...base, terms: step.terms, constant: o.noconstant !== true });
  const endo = await buildDesign(ctx, view, { ...base, terms: endogenous, constant: false });
  const inst = await buildDesign(ctx, view, { ...base, terms: instruments, constant: false });
  const design: Design = {
    ...exo,
    columns: [...exo.columns, ...endo.columns, ...inst.columns],
    factors: [...exo.factors, ...endo.factors, ...inst.factors],
    notes: [...exo.notes, ...endo.notes, ...inst.notes],
  };
  const a = exo.columns.length;
  const b = a + endo.columns.length;
  const range = (from: number, to: number) => [...Array(to - from).keys()].map((i) => i + from);
  const facts = await sampleFacts(ctx.db, design);
  const fit = await fitIv(ctx.db, design, facts, {
    exogenous: range(0, a),
    endogenous: range(a, b),
    instruments: range(b, design.columns.length),
  });
  return { view, design, facts, fit };
}

/** Emits the 2SLS table. */
export function emitIv(step: ModelStep, ctx: EngineContext, fitted: FittedIv): void {
  ctx.emit(
    modelOutput(envelopeOf(step), fitted.design, fitted.facts, fitted.fit, {
      level: levelOf(optionsOf(step)),
      exponentiate: null,
      title: `Instrumental variables 2SLS regression: ${step.dependent.name}`,
    }),
  );
}
