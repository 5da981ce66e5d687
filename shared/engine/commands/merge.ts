import { quoteIdent } from '../../sql/quote';
import type { ColumnInfo, DatasetView } from '../dataset-view';
import { engineError } from '../errors';
import { HIDDEN } from '../hidden-columns';
import { allColumnsSelect, withUnits } from '../workspace-sql';
import { valueUnitVariable } from './collapse';
import type { StepHandler } from './registry';

/**
 * `merge vars into target [on key]`: every row of the target gets the variables of the source unit it
 * points to: the same unit (no `on`, or `on` the unit id), the unit whose id the target's pseudonymised
 * key holds (a mother's id), or, for a source collapsed by values, the row with the key's value. Rows
 * pointing nowhere get missing; the target's population and shape never change.
 */
export const mergeHandler: StepHandler<'merge'> = async (step, ctx) => {
  const source = withUnits(ctx.workspace.get(step.source));
  const target = withUnits(ctx.workspace.get(step.target));
  if (source.shape !== 'units') {
    throw engineError(
      'merge-source-shape',
      `merge kan bare hente variabler fra et datasett med én rad per enhet; ${source.name} har flere rader per enhet.`,
      `merge can only take variables from a dataset with one row per unit; ${source.name} has several rows per unit.`,
    );
  }
  const columns: ColumnInfo[] = step.variables.map((name) => columnOf(source, name));
  const { sourceKey, targetKey } = keysOf(step.on, source);
  const picked = step.variables.map((v) => quoteIdent(v)).join(', ');
  const values = step.variables.map((v) => `s.${quoteIdent(v)} AS ${quoteIdent(v)}`).join(', ');
  return {
    rewrites: [
      {
        dataset: target.name,
        select: `SELECT ${allColumnsSelect(target, 't')}, ${values} FROM ${target.table} AS t LEFT JOIN (SELECT ${sourceKey} AS "@m", ${picked} FROM ${source.table}) AS s ON s."@m" = t.${targetKey}`,
        columns: [...target.columns, ...columns],
        unitType: target.unitType,
        shape: target.shape,
        changesPopulation: false,
      },
    ],
  };
};

function columnOf(view: DatasetView, name: string): ColumnInfo {
  const info = view.columns.find((c) => c.name === name);
  if (!info) throw engineError('unknown-variable', `Fant ikke variabelen ${name}.`, `No variable ${name}.`);
  return info;
}

/** Which source column identifies a source row, and which target column points to it. */
function keysOf(on: { name: string; isUnitId: boolean } | null, source: DatasetView) {
  const unit = quoteIdent(HIDDEN.unit);
  if (on === null || on.isUnitId) return { sourceKey: unit, targetKey: unit };
  const byValue = valueUnitVariable(source.unitType);
  return { sourceKey: byValue === null ? unit : quoteIdent(byValue), targetKey: quoteIdent(on.name) };
}
