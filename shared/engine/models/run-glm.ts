import { quoteIdent } from '../../sql/quote';
import type { DatasetView } from '../dataset-view';
import type { EngineContext } from '../engine-context';
import { buildDesign, type Design } from './design';
import { modelError } from './errors';
import type { Family } from './families';
import type { Fit } from './fit';
import { fitGlm, requireBinaryOutcome } from './glm';
import { type SampleFacts, sampleFacts } from './moments';
import { modelOutput } from './report';
import { envelopeOf, levelOf, type ModelStep, optionsOf } from './step';

/** How a maximum-likelihood command is shown. */
export interface GlmCommand {
  family: Family;
  title: string;
  /** The option that exponentiates the table (`or`, `irr`) and its column heading. */
  exponentiate?: { option: string; label: string };
}

/** A fitted maximum-likelihood command: what the table and predictions need. */
export interface FittedGlm {
  view: DatasetView;
  design: Design;
  facts: SampleFacts;
  fit: Fit;
  /** SQL of the offset (ln exposure) over a dataset row, or null. */
  offset: string | null;
}

/** Fits logit, probit or poisson for a step: design, facts, Newton iterations in DuckDB. */
export async function fitGlmStep(
  step: ModelStep,
  ctx: EngineContext,
  command: GlmCommand,
): Promise<FittedGlm> {
  const view = ctx.workspace.get(step.dataset);
  const o = optionsOf(step);
  const cluster = typeof o.cluster === 'string' ? o.cluster : null;
  const exposure = typeof o.exposure === 'string' ? o.exposure : null;
  const design = await buildDesign(ctx, view, {
    dependent: step.dependent,
    terms: step.terms,
    condition: step.condition,
    constant: o.noconstant !== true,
    required: [...(cluster ? [cluster] : []), ...(exposure ? [exposure] : [])],
    filter: exposure ? `${quoteIdent(exposure)} > 0` : undefined,
  });
  const facts = await sampleFacts(ctx.db, design);
  const name = step.dependent.name;
  if (command.family.name === 'poisson') {
    if (facts.yMin < 0)
      throw modelError(
        'model-outcome-negative',
        `${step.kind} krever at ${name} ikke er negativ`,
        `${step.kind} needs ${name} to be non-negative`,
      );
  } else requireBinaryOutcome(facts, step.kind, name);
  const offset = exposure ? `ln(CAST(${quoteIdent(exposure)} AS DOUBLE))` : null;
  const fit = await fitGlm(ctx.db, design, facts, command.family, {
    robust: o.robust === true,
    cluster,
    offset,
  });
  return { view, design, facts, fit, offset };
}

/** Emits the table of a fitted maximum-likelihood command. */
export function emitGlm(step: ModelStep, ctx: EngineContext, command: GlmCommand, fitted: FittedGlm): void {
  const o = optionsOf(step);
  const exp =
    command.exponentiate && o[command.exponentiate.option] === true ? command.exponentiate.label : null;
  ctx.emit(
    modelOutput(envelopeOf(step), fitted.design, fitted.facts, fitted.fit, {
      level: levelOf(o),
      exponentiate: exp,
      title: `${command.title}: ${step.dependent.name}`,
    }),
  );
}

/** Runs logit, probit or poisson and emits the table. */
export async function runGlm(step: ModelStep, ctx: EngineContext, command: GlmCommand): Promise<void> {
  emitGlm(step, ctx, command, await fitGlmStep(step, ctx, command));
}
