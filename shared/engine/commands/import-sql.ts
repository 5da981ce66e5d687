import type { VariableMeta } from '../../datastore/manifest';
import { recordKeyIntSql } from '../../disclosure/sql';
import { quoteDate, quoteIdent } from '../../sql/quote';
import type { ColumnInfo } from '../dataset-view';
import type { DatastoreSource } from '../datastore-source';
import { engineError } from '../errors';

/** The datastore's description of a register variable; an engine error when the store does not have it. */
export function variableMeta(source: DatastoreSource, name: string): VariableMeta {
  const meta = source.manifest.variables.find((v) => v.name === name);
  if (!meta)
    throw engineError(
      'unknown-variable',
      `Variabelen ${name} finnes ikke i datalageret.`,
      `The variable ${name} is not in the datastore.`,
    );
  return meta;
}

/** The workspace column an imported variable becomes. */
export function importedColumn(meta: VariableMeta, name: string): ColumnInfo {
  return { name, valueType: meta.valueType, codeList: meta.codeList, pseudonymOf: meta.pseudonymOf };
}

/**
 * The STATUS snapshot an import at `date` reads: the latest measurement date on or before it (the same for
 * every unit), or null when the variable has none that early.
 */
export function snapshotFor(meta: VariableMeta, date: string): string | null {
  let best: string | null = null;
  for (const d of meta.snapshotDates ?? []) if (d <= date && (best === null || d > best)) best = d;
  return best;
}

/**
 * `SELECT unit_id, value` of a variable at a date, by temporality: FIXED all rows; STATUS the snapshot of
 * `snapshotFor`; ACCUMULATED the period holding the date; EVENT the spell holding it (open spells have no stop).
 */
export function valueAtSql(source: DatastoreSource, meta: VariableMeta, date: string | null): string {
  const from = source.variableSql(meta.name);
  const select = `SELECT unit_id, value FROM ${from}`;
  if (meta.temporality === 'FIXED') return select;
  if (date === null)
    throw engineError(
      'import-date-required',
      `Variabelen ${meta.name} trenger en dato.`,
      `The variable ${meta.name} needs a date.`,
    );
  const d = quoteDate(date);
  switch (meta.temporality) {
    case 'STATUS': {
      if (meta.snapshotDates === undefined)
        return `${select} WHERE start = (SELECT max(start) FROM ${from} WHERE start <= ${d})`;
      const snapshot = snapshotFor(meta, date);
      return snapshot === null ? `${select} WHERE FALSE` : `${select} WHERE start = ${quoteDate(snapshot)}`;
    }
    case 'ACCUMULATED':
      return `${select} WHERE start <= ${d} AND ${d} <= stop`;
    case 'EVENT':
      return `${select} WHERE start <= ${d} AND (stop IS NULL OR ${d} <= stop)`;
  }
}

/** `@key` of the units of `unitIdSql` from the record keys, as a SQL expression over `keyAlias.key`. */
export function keyJoinSql(
  source: DatastoreSource,
  unitType: string,
  keyAlias: string,
  unitIdSql: string,
): string {
  return `LEFT JOIN ${source.keysSql(unitType)} AS ${quoteIdent(keyAlias)} ON ${quoteIdent(keyAlias)}.unit_id = ${unitIdSql}`;
}

/** The integer record key of the key relation joined as `keyAlias`. */
export function keyValueSql(keyAlias: string): string {
  return recordKeyIntSql(`${quoteIdent(keyAlias)}.key`);
}
