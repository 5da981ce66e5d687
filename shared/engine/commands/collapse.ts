import type { ByKey } from '../../lang/command-kit/stat-items';
import { quoteIdent } from '../../sql/quote';
import type { ColumnInfo, DatasetView } from '../dataset-view';
import { HIDDEN } from '../hidden-columns';
import { withUnits } from '../workspace-sql';
import type { StepHandler } from './registry';
import { groupStatsSql, statColumn } from './stat-sql';

/** Unit type of a dataset collapsed by the values of a variable (not by ids): `values:<variable>`. */
export function valueUnitType(variable: string): string {
  return `values:${variable}`;
}

/** The variable whose values are the units of a collapsed dataset, or null for datasets of real units. */
export function valueUnitVariable(unitType: string): string | null {
  return unitType.startsWith('values:') ? unitType.slice('values:'.length) : null;
}

// Value units have no register id: a stable 63-bit hash of the value stands in for it, and its low 32 bits
// for the record key, so the same values give the same units in every collapse.
const valueId = (sql: string) => `CAST(hash(CAST(${sql} AS VARCHAR)) >> 1 AS BIGINT)`;
const valueKey = (sql: string) => `CAST(hash(CAST(${sql} AS VARCHAR)) % 4294967296 AS BIGINT)`;

/**
 * `collapse (stat) var [-> new] ..., by(key)`: one row per value of the key. By a pseudonymised id the rows
 * become units of that id's type (keys joined from the datastore); by the units' own id they stay those
 * units (panels and events become one row per unit); by any other variable the values become the units
 * and the variable is kept. Rows with a missing key are dropped. Missing values are left out of statistics.
 */
export const collapseHandler: StepHandler<'collapse'> = async (step, ctx) => {
  const view = withUnits(ctx.workspace.get(step.dataset));
  const by = step.by;
  const group = by.isUnitId ? quoteIdent(HIDDEN.unit) : quoteIdent(by.name);
  const stats = groupStatsSql(view, step.items, group);
  const values = step.items.map((item, i) => `g.${quoteIdent(`@s${i}`)} AS ${quoteIdent(item.target)}`);
  const columns = step.items.map(statColumn);
  const { unitType, hidden, extra } = unitsOf(view, by);
  return {
    rewrites: [
      {
        dataset: step.dataset,
        select: `SELECT ${[...hidden, ...values, ...extra.map((e) => e.sql)].join(', ')} FROM (${stats}) AS g${keyJoin(view, by, ctx.source.keysSql.bind(ctx.source))}`,
        columns: [...columns, ...extra.map((e) => e.column)],
        unitType,
        shape: 'units',
        changesPopulation: true,
      },
    ],
  };
};

function unitsOf(view: DatasetView, by: ByKey) {
  const unit = quoteIdent(HIDDEN.unit);
  const key = quoteIdent(HIDDEN.key);
  if (by.isUnitId) {
    return { unitType: view.unitType, hidden: [`g."@g" AS ${unit}`, `k."@k" AS ${key}`], extra: [] };
  }
  if (by.pseudonymOf) {
    return {
      unitType: by.pseudonymOf,
      hidden: [`CAST(g."@g" AS BIGINT) AS ${unit}`, `CAST(floor(k.key * 4294967296) AS BIGINT) AS ${key}`],
      extra: [],
    };
  }
  const info = view.columns.find((c) => c.name === by.name);
  const column: ColumnInfo = info ?? {
    name: by.name,
    valueType: by.type === 'string' ? 'string' : 'decimal',
    codeList: null,
    pseudonymOf: null,
  };
  return {
    unitType: valueUnitType(by.name),
    hidden: [`${valueId('g."@g"')} AS ${unit}`, `${valueKey('g."@g"')} AS ${key}`],
    extra: [{ sql: `g."@g" AS ${quoteIdent(by.name)}`, column }],
  };
}

function keyJoin(view: DatasetView, by: ByKey, keys: (unitType: string) => string): string {
  if (by.isUnitId) {
    const unit = quoteIdent(HIDDEN.unit);
    return ` JOIN (SELECT ${unit} AS "@u", any_value(${quoteIdent(HIDDEN.key)}) AS "@k" FROM ${view.table} GROUP BY ${unit}) AS k ON k."@u" = g."@g"`;
  }
  // Ids without a record key are not units of the datastore (an id that points nowhere): they are dropped.
  if (by.pseudonymOf) return ` JOIN ${keys(by.pseudonymOf)} AS k ON k.unit_id = g."@g"`;
  return '';
}
