import type { StepOf } from '../../lang/plan';
import { analysisSource } from '../analysis/source';
import type { EngineContext } from '../engine-context';
import { buildSummary, summarizeStatistics } from './summary-common';

/** `summarize [var-list] [if] [, options]`: N, mean, sd, winsorising bounds and optional percentiles, IQR, Gini. */
export async function summarize(step: StepOf<'summarize'>, ctx: EngineContext): Promise<undefined> {
  const source = analysisSource(ctx, step.dataset, step.condition);
  const variables = step.variables.map((v) => v.name);
  const stats = summarizeStatistics(step.options);
  ctx.emit(await buildSummary(ctx, step, source, variables, [], stats, `summarize ${variables.join(' ')}`));
}
