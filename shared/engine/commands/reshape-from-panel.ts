import { quoteIdent } from '../../sql/quote';
import type { ColumnInfo } from '../dataset-view';
import { engineError } from '../errors';
import { HIDDEN } from '../hidden-columns';
import { withUnits } from '../workspace-sql';
import type { StepHandler } from './registry';
import { suffixDateSql } from './reshape-to-panel';

/**
 * `reshape-from-panel`: one row per unit; each panel variable becomes one variable per panel time, named
 * variable + the time's day number (the checker's suffixes; read from the data when the checker could not
 * know them). Times a unit has no row for give missing.
 */
export const reshapeFromPanelHandler: StepHandler<'reshape-from-panel'> = async (step, ctx) => {
  const view = withUnits(ctx.workspace.get(step.dataset));
  const date = quoteIdent(HIDDEN.date);
  const suffixes =
    step.suffixes ??
    (
      await ctx.db.query(
        `SELECT DISTINCT CAST(${date} - DATE '1970-01-01' AS BIGINT) AS d FROM ${view.table} WHERE ${date} IS NOT NULL ORDER BY d`,
      )
    ).map((r) => String(r.d));
  const columns: ColumnInfo[] = [];
  const values: string[] = [];
  for (const name of step.variables) {
    const info = view.columns.find((c) => c.name === name);
    if (!info) throw engineError('unknown-variable', `Fant ikke variabelen ${name}.`, `No variable ${name}.`);
    for (const s of suffixes) {
      const target = `${name}${s}`;
      columns.push({ ...info, name: target });
      values.push(
        `any_value(${quoteIdent(name)}) FILTER (WHERE ${date} = ${suffixDateSql(s)}) AS ${quoteIdent(target)}`,
      );
    }
  }
  const unit = quoteIdent(HIDDEN.unit);
  const key = quoteIdent(HIDDEN.key);
  return {
    rewrites: [
      {
        dataset: step.dataset,
        select: `SELECT ${[unit, `any_value(${key}) AS ${key}`, ...values].join(', ')} FROM ${view.table} GROUP BY ${unit}`,
        columns,
        unitType: view.unitType,
        shape: 'units',
        changesPopulation: false,
      },
    ],
  };
};
