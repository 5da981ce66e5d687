import type { VariableMeta } from '../../datastore/manifest';
import { quoteDate, quoteIdent } from '../../sql/quote';
import type { ColumnInfo } from '../dataset-view';
import type { DatastoreSource } from '../datastore-source';
import { HIDDEN } from '../hidden-columns';
import { allColumnsSelect } from '../workspace-sql';
import { importedColumn, keyJoinSql, keyValueSql, snapshotFor, variableMeta } from './import-sql';
import type { StepHandler } from './registry';

/** The visible panel date variable the checker lists for panel datasets (`PANEL_DATE` of the language). */
export const PANEL_DATE_COLUMN = 'date@panel';

/**
 * `import-panel VARS dates`: one row per unit and date. Into an empty dataset the first variable decides the
 * rows (the unit-dates where it has a value: an unbalanced panel, a population change); every other variable
 * joins on unit and date with its value at that date (same rules as `import`).
 */
export const importPanelHandler: StepHandler<'import-panel'> = async (step, ctx) => {
  const view = ctx.workspace.get(step.dataset);
  const metas = step.variables.map((v) => variableMeta(ctx.source, v.name));
  const first = metas[0];
  if (!first) return undefined;
  const q = quoteIdent;
  const unit = q(HIDDEN.unit);
  const date = q(HIDDEN.date);
  // An empty dataset gets the unit-dates where the first variable has a value (a population change); a
  // dataset of units without variables (clone-units) gets each of its units at every date; a panel its rows.
  const fresh = view.unitType === '';
  const units = !fresh && view.shape === 'units';
  const panelDate = `p.${date} AS ${date}, p.${date} AS ${q(PANEL_DATE_COLUMN)}`;
  const base = fresh
    ? `SELECT p.unit_id AS ${unit}, ${keyValueSql('k')} AS ${key()}, ${panelDate} FROM (${panelValuesSql(ctx.source, first, step.dates)}) AS p ${keyJoinSql(ctx.source, first.unitType, 'k', 'p.unit_id')}`
    : units
      ? `SELECT t.${unit}, t.${key()}, ${panelDate} FROM ${view.table} AS t CROSS JOIN ${datesSql(step.dates)} AS p`
      : `SELECT ${allColumnsSelect(view)} FROM ${view.table}`;
  const joins = metas.map(
    (meta, i) =>
      `LEFT JOIN (${panelValuesSql(ctx.source, meta, step.dates)}) AS ${q(`v${i}`)} ON ${q(`v${i}`)}.unit_id = b.${unit} AND ${q(`v${i}`)}.${date} = b.${date}`,
  );
  const values = metas.map((meta, i) => `${q(`v${i}`)}.value AS ${q(meta.name)}`);
  const dateInfo: ColumnInfo = {
    name: PANEL_DATE_COLUMN,
    valueType: 'date',
    codeList: null,
    pseudonymOf: null,
  };
  const columns = [
    ...(fresh || units ? [dateInfo] : view.columns),
    ...metas.map((m) => importedColumn(m, m.name)),
  ];
  return {
    rewrites: [
      {
        dataset: step.dataset,
        select: `SELECT b.*, ${values.join(', ')} FROM (${base}) AS b ${joins.join(' ')}`,
        columns,
        unitType: fresh ? first.unitType : view.unitType,
        shape: 'panel',
        changesPopulation: fresh,
      },
    ],
  };
};

function key(): string {
  return quoteIdent(HIDDEN.key);
}

/** The panel dates as a one-column relation `"@date"` (alias it). */
function datesSql(dates: readonly string[]): string {
  return `(SELECT * FROM (VALUES ${dates.map((d) => `(${quoteDate(d)})`).join(', ')}) AS v(${quoteIdent(HIDDEN.date)}))`;
}

/** `unit_id, "@date", value` of a variable at each panel date. */
function panelValuesSql(source: DatastoreSource, meta: VariableMeta, dates: readonly string[]): string {
  const from = source.variableSql(meta.name);
  const date = quoteIdent(HIDDEN.date);
  const panelDates = `${datesSql(dates)} AS d`;
  switch (meta.temporality) {
    case 'FIXED':
      return `SELECT s.unit_id, d.${date}, s.value FROM ${from} AS s CROSS JOIN ${panelDates}`;
    case 'STATUS': {
      const pairs = dates.flatMap((d) => {
        const snapshot = snapshotFor(meta, d);
        return snapshot === null ? [] : [`(${quoteDate(snapshot)}, ${quoteDate(d)})`];
      });
      if (pairs.length === 0)
        return `SELECT unit_id, CAST(NULL AS DATE) AS ${date}, value FROM ${from} WHERE FALSE`;
      return `SELECT s.unit_id, m.${date}, s.value FROM ${from} AS s JOIN (VALUES ${pairs.join(', ')}) AS m(snapshot, ${date}) ON s.start = m.snapshot`;
    }
    case 'ACCUMULATED':
    case 'EVENT':
      return `SELECT s.unit_id, d.${date}, s.value FROM ${from} AS s JOIN ${panelDates} ON s.start <= d.${date} AND (s.stop IS NULL OR d.${date} <= s.stop)`;
  }
}
