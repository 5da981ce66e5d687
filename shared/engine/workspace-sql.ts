import { quoteIdent } from '../sql/quote';
import type { ColumnInfo, DatasetShape, DatasetView } from './dataset-view';
import { engineError } from './errors';
import { HIDDEN } from './hidden-columns';

/** The hidden columns a table of this shape carries, in table order. */
export function hiddenColumnsOf(shape: DatasetShape): string[] {
  switch (shape) {
    case 'units':
      return [HIDDEN.unit, HIDDEN.key];
    case 'panel':
      return [HIDDEN.unit, HIDDEN.key, HIDDEN.date];
    case 'events':
      return [HIDDEN.unit, HIDDEN.key, HIDDEN.spell];
  }
}

/** `"@unit", "@key"[, …]` for a SELECT list, optionally qualified with a table alias (`t."@unit"`). */
export function hiddenSelect(shape: DatasetShape, alias?: string): string {
  const prefix = alias === undefined ? '' : `${quoteIdent(alias)}.`;
  return hiddenColumnsOf(shape)
    .map((c) => `${prefix}${quoteIdent(c)}`)
    .join(', ');
}

/** Every column of a view (hidden first, then variables) for a SELECT list, optionally qualified. */
export function allColumnsSelect(view: DatasetView, alias?: string): string {
  const prefix = alias === undefined ? '' : `${quoteIdent(alias)}.`;
  return [hiddenSelect(view.shape, alias), ...view.columns.map((c) => `${prefix}${quoteIdent(c.name)}`)].join(
    ', ',
  );
}

/** The variables of a view with one replaced, added (at the end) or removed. */
export function withColumn(columns: readonly ColumnInfo[], column: ColumnInfo): ColumnInfo[] {
  const at = columns.findIndex((c) => c.name === column.name);
  if (at < 0) return [...columns, column];
  return columns.map((c, i) => (i === at ? column : c));
}

/**
 * The SQL type of a workspace column of this value type. Date variables are stored as DATE (as in the
 * datastore); the expression compiler turns them into day numbers where the language treats them as numbers.
 */
export function sqlTypeOf(valueType: ColumnInfo['valueType']): string {
  switch (valueType) {
    case 'integer':
      return 'BIGINT';
    case 'decimal':
      return 'DOUBLE';
    case 'string':
      return 'VARCHAR';
    case 'date':
      return 'DATE';
  }
}

/** The view itself, or an engine error when the dataset has no units yet (created, nothing imported). */
export function withUnits(view: DatasetView): DatasetView {
  if (view.unitType !== '') return view;
  throw engineError(
    'dataset-empty',
    `Datasettet ${view.name} har ingen enheter ennå: importer en variabel først.`,
    `The dataset ${view.name} has no units yet: import a variable first.`,
  );
}
