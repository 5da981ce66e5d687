import type { StepOf } from '../../lang/plan';
import { quoteIdent } from '../../sql/quote';
import { analysisSource, columnSql, PANEL_DATE_NAME } from '../analysis/source';
import type { EngineContext } from '../engine-context';
import { HIDDEN } from '../hidden-columns';
import { buildCrossTable } from './tabulate';

/** `tabulate-panel var-list [if] [, options]`: the variables down the side, the panel dates across. */
export async function tabulatePanel(step: StepOf<'tabulate-panel'>, ctx: EngineContext): Promise<undefined> {
  const source = analysisSource(ctx, step.dataset, step.condition);
  const rows = step.variables.map((v) => ({ name: v.name, sql: columnSql(source.view, v.name) }));
  const column = { name: PANEL_DATE_NAME, sql: quoteIdent(HIDDEN.date) };
  const names = step.variables.map((v) => v.name).join(' × ');
  ctx.emit(
    await buildCrossTable(ctx, step, source, rows, column, step.options, `${names} × ${PANEL_DATE_NAME}`),
  );
}
