import { quoteIdent } from '../../sql/quote';
import { withColumn, withUnits } from '../workspace-sql';
import { conditionOrNull, guardAssignment, valueTypeOfSql } from './assign-kit';
import type { StepHandler } from './registry';

/** `generate x = expr [if cond]`: a new variable, missing where the condition does not hold (T6 applies). */
export const generateHandler: StepHandler<'generate'> = async (step, ctx) => {
  const view = withUnits(ctx.workspace.get(step.dataset));
  const value = ctx.sqlOf(step.expression, view);
  const condition = conditionOrNull(step.condition, view);
  const sql = condition === null ? value : `CASE WHEN ${condition} THEN ${value} END`;
  const valueType = step.type === 'string' ? 'string' : await valueTypeOfSql(ctx, view, value);
  await guardAssignment(ctx, view, step.condition);
  const column = { name: step.target, valueType, codeList: null, pseudonymOf: null } as const;
  return {
    rewrites: [
      {
        dataset: step.dataset,
        select: `SELECT *, ${sql} AS ${quoteIdent(step.target)} FROM ${view.table}`,
        columns: withColumn(view.columns, column),
        unitType: view.unitType,
        shape: view.shape,
        changesPopulation: false,
      },
    ],
  };
};
