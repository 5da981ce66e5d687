import { quoteIdent } from '../../sql/quote';
import { HIDDEN } from '../hidden-columns';
import { allColumnsSelect, withUnits } from '../workspace-sql';
import type { StepHandler } from './registry';
import { groupStatsSql, statColumn } from './stat-sql';

/**
 * `aggregate (stat) var -> new ..., by(key)`: each row gets its group's statistics as new variables; the
 * units stay. Without by() the group is the whole dataset; rows with a missing key get missing statistics.
 */
export const aggregateHandler: StepHandler<'aggregate'> = async (step, ctx) => {
  const view = withUnits(ctx.workspace.get(step.dataset));
  const group =
    step.by === null ? null : step.by.isUnitId ? quoteIdent(HIDDEN.unit) : quoteIdent(step.by.name);
  const stats = groupStatsSql(view, step.items, group);
  const values = step.items.map((item, i) => `g.${quoteIdent(`@s${i}`)} AS ${quoteIdent(item.target)}`);
  const on = group === null ? 'TRUE' : `g."@g" = t.${group}`;
  return {
    rewrites: [
      {
        dataset: step.dataset,
        select: `SELECT ${allColumnsSelect(view, 't')}, ${values.join(', ')} FROM ${view.table} AS t LEFT JOIN (${stats}) AS g ON ${on}`,
        columns: [...view.columns, ...step.items.map(statColumn)],
        unitType: view.unitType,
        shape: view.shape,
        changesPopulation: false,
      },
    ],
  };
};
