import type { StepOf } from '../../lang/plan';
import { quoteIdent } from '../../sql/quote';
import { analysisSource, PANEL_DATE_NAME } from '../analysis/source';
import type { EngineContext } from '../engine-context';
import { HIDDEN } from '../hidden-columns';
import { buildSummary, summarizeStatistics } from './summary-common';

/** `summarize-panel [var-list] [if] [, options]`: summarize per panel date (T2 bounds over the whole panel). */
export async function summarizePanel(
  step: StepOf<'summarize-panel'>,
  ctx: EngineContext,
): Promise<undefined> {
  const source = analysisSource(ctx, step.dataset, step.condition);
  const variables = step.variables.map((v) => v.name);
  const groups = [{ name: PANEL_DATE_NAME, sql: quoteIdent(HIDDEN.date) }];
  const stats = summarizeStatistics(step.options);
  ctx.emit(
    await buildSummary(ctx, step, source, variables, groups, stats, `summarize-panel ${variables.join(' ')}`),
  );
}
