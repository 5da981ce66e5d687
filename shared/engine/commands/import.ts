import { quoteIdent } from '../../sql/quote';
import { HIDDEN } from '../hidden-columns';
import { allColumnsSelect } from '../workspace-sql';
import { importedColumn, keyJoinSql, keyValueSql, valueAtSql, variableMeta } from './import-sql';
import type { StepHandler } from './registry';

/**
 * `import`: the first import of a dataset defines its population (units with a value at the date, T1/DIFF);
 * later ones join on the unit id (`left`: units without a value get missing; `outer_join`: units with a
 * value that are not in the dataset are added, a population change).
 */
export const importHandler: StepHandler<'import'> = async (step, ctx) => {
  const meta = variableMeta(ctx.source, step.variable.name);
  const view = ctx.workspace.get(step.dataset);
  const values = valueAtSql(ctx.source, meta, step.date);
  const column = importedColumn(meta, step.as);
  const as = quoteIdent(step.as);
  const unit = quoteIdent(HIDDEN.unit);
  const key = quoteIdent(HIDDEN.key);
  const empty = view.unitType === '' && view.columns.length === 0;
  if (step.join === 'defines-population' || empty) {
    return {
      rewrites: [
        {
          dataset: step.dataset,
          select: `SELECT v.unit_id AS ${unit}, ${keyValueSql('k')} AS ${key}, v.value AS ${as} FROM (${values}) AS v ${keyJoinSql(ctx.source, meta.unitType, 'k', 'v.unit_id')}`,
          columns: [column],
          unitType: meta.unitType,
          shape: 'units',
          changesPopulation: true,
        },
      ],
    };
  }
  const columns = [...view.columns, column];
  if (step.join === 'left') {
    return {
      rewrites: [
        {
          dataset: step.dataset,
          select: `SELECT ${allColumnsSelect(view, 't')}, v.value AS ${as} FROM ${view.table} AS t LEFT JOIN (${values}) AS v ON v.unit_id = t.${unit}`,
          columns,
          unitType: view.unitType,
          shape: view.shape,
          changesPopulation: false,
        },
      ],
    };
  }
  // outer_join: cross-section datasets only (the checker allows it there); new units get their record keys.
  const kept = view.columns.map((c) => `t.${quoteIdent(c.name)}`);
  return {
    rewrites: [
      {
        dataset: step.dataset,
        select: `SELECT coalesce(t.${unit}, v.unit_id) AS ${unit}, coalesce(t.${key}, ${keyValueSql('k')}) AS ${key}${kept.map((c) => `, ${c}`).join('')}, v.value AS ${as} FROM ${view.table} AS t FULL OUTER JOIN (${values}) AS v ON v.unit_id = t.${unit} ${keyJoinSql(ctx.source, meta.unitType, 'k', 'v.unit_id')}`,
        columns,
        unitType: view.unitType,
        shape: 'units',
        changesPopulation: true,
      },
    ],
  };
};
