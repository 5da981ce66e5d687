import type { StepOf } from '../../lang/plan';
import { quoteIdent } from '../../sql/quote';
import type { EngineContext } from '../engine-context';
import { conditionSql, usesWindow } from '../expr/sql-of';
import { withUnits } from '../workspace-sql';
import type { StepEffect } from './effect';
import { PANEL_DATE_COLUMN } from './import-panel';
import type { StepHandler } from './registry';

/** `keep vars` / `keep if cond`: the listed variables, or the rows where the condition holds (T1, DIFF). */
export const keepHandler: StepHandler<'keep'> = async (step, ctx) => dropKeep(step, ctx, true);

/** `drop vars` / `drop if cond`: without the listed variables, or without the rows where it holds (T1, DIFF). */
export const dropHandler: StepHandler<'drop'> = async (step, ctx) => dropKeep(step, ctx, false);

function dropKeep(step: StepOf<'keep'> | StepOf<'drop'>, ctx: EngineContext, keep: boolean): StepEffect {
  const view = withUnits(ctx.workspace.get(step.dataset));
  const base = { dataset: step.dataset, unitType: view.unitType, shape: view.shape };
  if (step.condition) {
    const condition = conditionSql(step.condition, view);
    const test = keep ? condition : `NOT (${condition})`;
    // A window (quantile) must see every row before any is dropped, so it is computed in a subquery first.
    const select = usesWindow(step.condition)
      ? `SELECT * EXCLUDE (${quoteIdent('@test')}) FROM (SELECT *, ${test} AS ${quoteIdent('@test')} FROM ${view.table}) WHERE ${quoteIdent('@test')}`
      : `SELECT * FROM ${view.table} WHERE ${test}`;
    return { rewrites: [{ ...base, select, columns: [...view.columns], changesPopulation: true }] };
  }
  const listed = new Set(step.variables ?? []);
  // A panel keeps its date variable: the panel commands need it whatever the user lists.
  const columns = view.columns.filter((c) => listed.has(c.name) === keep || c.name === PANEL_DATE_COLUMN);
  return {
    rewrites: [{ ...base, select: `SELECT * FROM ${view.table}`, columns, changesPopulation: false }],
  };
}
