import type { TypedExpr } from '../../lang/plan';
import { quoteIdent } from '../../sql/quote';
import type { DatasetView } from '../dataset-view';
import type { EngineContext } from '../engine-context';
import { engineError } from '../errors';
import { HIDDEN } from '../hidden-columns';

/**
 * The record key in the form the disclosure SQL builders take (a DOUBLE in [0, 1)). `@key` already holds
 * floor(key · 2^32); dividing an integer below 2^53 by 2^32 is exact, so the builders' floor(k · 2^32) gives
 * back exactly `@key`.
 */
export const KEY_SQL = `(CAST(${quoteIdent(HIDDEN.key)} AS DOUBLE) / 4294967296)`;

/** The panel date as the language names it. */
export const PANEL_DATE_NAME = 'date@panel';

/** SQL for a variable of `view`: its column, or the hidden panel date for `date@panel` when no column has that name. */
export function columnSql(view: DatasetView, name: string): string {
  if (name === PANEL_DATE_NAME && !view.columns.some((c) => c.name === name)) return quoteIdent(HIDDEN.date);
  return quoteIdent(name);
}

/** A WHERE clause body for an `if` condition: rows where it is true (missing counts as false). */
export function conditionSql(ctx: EngineContext, view: DatasetView, condition: TypedExpr | null): string {
  if (!condition) return 'TRUE';
  return `coalesce(CAST((${ctx.sqlOf(condition, view)}) AS BOOLEAN), FALSE)`;
}

/** The rows an analysis command reads: the dataset's table filtered by the command's `if`. */
export interface AnalysisSource {
  view: DatasetView;
  /** A SQL relation (parenthesised subquery) of the selected rows with every column of the table. */
  relation: string;
}

/** The dataset of a step with its `if` applied. */
export function analysisSource(
  ctx: EngineContext,
  dataset: string,
  condition: TypedExpr | null,
): AnalysisSource {
  const view = ctx.workspace.get(dataset);
  if (view.unitType === '')
    throw engineError(
      'empty-dataset',
      `Datasettet ${dataset} har ingen enheter ennå (ingen vellykket import).`,
      `The dataset ${dataset} has no units yet (no successful import).`,
    );
  const where = conditionSql(ctx, view, condition);
  return { view, relation: `(SELECT * FROM ${view.table} WHERE ${where})` };
}
