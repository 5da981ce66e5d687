import { quoteIdent } from '../../sql/quote';
import type { ColumnInfo } from '../dataset-view';
import { engineError } from '../errors';
import { withUnits } from '../workspace-sql';
import { conditionOrNull, guardAssignment, valueTypeOfSql } from './assign-kit';
import type { StepHandler } from './registry';

/**
 * `replace x = expr [if cond]`: new values where the condition holds, the old ones elsewhere (T6 applies).
 * An integer variable that gets decimals becomes decimal rather than losing them; a date variable stays a
 * date (the language's day numbers are turned back into dates).
 */
export const replaceHandler: StepHandler<'replace'> = async (step, ctx) => {
  const view = withUnits(ctx.workspace.get(step.dataset));
  const old = view.columns.find((c) => c.name === step.target);
  if (!old)
    throw engineError(
      'unknown-variable',
      `Variabelen ${step.target} finnes ikke i ${view.name}.`,
      `The variable ${step.target} is not in ${view.name}.`,
    );
  const target = quoteIdent(step.target);
  const value = ctx.sqlOf(step.expression, view);
  let valueType: ColumnInfo['valueType'] = old.valueType;
  let stored = value;
  if (step.expression.kind !== 'missing') {
    if (old.valueType === 'date') stored = `(DATE '1970-01-01' + CAST(round(${value}) AS INTEGER))`;
    else if (old.valueType === 'integer' && (await valueTypeOfSql(ctx, view, value)) === 'decimal')
      valueType = 'decimal';
  }
  const condition = conditionOrNull(step.condition, view);
  const sql = condition === null ? stored : `CASE WHEN ${condition} THEN ${stored} ELSE ${target} END`;
  await guardAssignment(ctx, view, step.condition);
  return {
    rewrites: [
      {
        dataset: step.dataset,
        select: `SELECT * REPLACE (${sql} AS ${target}) FROM ${view.table}`,
        columns: view.columns.map((c) => (c.name === step.target ? { ...c, valueType } : c)),
        unitType: view.unitType,
        shape: view.shape,
        changesPopulation: false,
      },
    ],
  };
};
