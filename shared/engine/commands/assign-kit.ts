import type { TypedExpr } from '../../lang/plan';
import { quoteIdent } from '../../sql/quote';
import type { ColumnInfo, DatasetView } from '../dataset-view';
import type { EngineContext } from '../engine-context';
import { refuseUnlessAllowed } from '../errors';
import { conditionSql } from '../expr/sql-of';
import { checkAssignment } from '../population-guard';

/** The value type of an SQL expression over a dataset, from DuckDB's own typing (no rows are read). */
export async function valueTypeOfSql(
  ctx: EngineContext,
  view: DatasetView,
  sql: string,
): Promise<ColumnInfo['valueType']> {
  const rows = await ctx.db.query(`DESCRIBE SELECT ${sql} AS ${quoteIdent('@probe')} FROM ${view.table}`);
  const type = String(rows[0]?.column_type ?? '').toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|BOOLEAN)$/.test(type))
    return 'integer';
  if (type === 'VARCHAR') return 'string';
  if (type === 'DATE') return 'date';
  return 'decimal';
}

/**
 * T6 before a generate/replace: the units (and rows) it assigns to, selected by its `if`, must be none, all,
 * or at least the minimum, and so must the units it leaves alone. Refuses the command otherwise.
 */
export async function guardAssignment(
  ctx: EngineContext,
  view: DatasetView,
  condition: TypedExpr | null,
): Promise<void> {
  // Without a condition every unit is assigned to, which T6 always allows: no need to count.
  if (condition === null) return;
  const assignedSql = conditionSql(condition, view);
  refuseUnlessAllowed(await checkAssignment(ctx.db, { datasetSql: view.table, assignedSql }, ctx.disclosure));
}

/** The SQL of an `if` condition, or null when there is none. */
export function conditionOrNull(condition: TypedExpr | null, view: DatasetView): string | null {
  return condition === null ? null : conditionSql(condition, view);
}
