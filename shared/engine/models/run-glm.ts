import { quoteIdent } from '../../sql/quote';
import type { EngineContext } from '../engine-context';
import { buildDesign } from './design';
import { modelError } from './errors';
import type { Family } from './families';
import { fitGlm, requireBinaryOutcome } from './glm';
import { sampleFacts } from './moments';
import { modelOutput } from './report';
import { envelopeOf, levelOf, type ModelStep, optionsOf } from './step';

/** How a maximum-likelihood command is shown. */
export interface GlmCommand {
  family: Family;
  title: string;
  /** The option that exponentiates the table (`or`, `irr`) and its column heading. */
  exponentiate?: { option: string; label: string };
}

/** Runs logit, probit or poisson: design, facts, Newton iterations in DuckDB, table through the gate. */
export async function runGlm(step: ModelStep, ctx: EngineContext, command: GlmCommand): Promise<void> {
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
  const fit = await fitGlm(ctx.db, design, facts, command.family, {
    robust: o.robust === true,
    cluster,
    offset: exposure ? `ln(CAST(${quoteIdent(exposure)} AS DOUBLE))` : null,
  });
  const exp =
    command.exponentiate && o[command.exponentiate.option] === true ? command.exponentiate.label : null;
  ctx.emit(
    modelOutput(envelopeOf(step), design, facts, fit, {
      level: levelOf(o),
      exponentiate: exp,
      title: `${command.title}: ${name}`,
    }),
  );
}
