/**
 * SQL fragments that compute, inside DuckDB, the small aggregates the disclosure rules take. They run
 * unchanged on DuckDB 1.5 (native) and 1.4 (wasm); every argument named `...Sql` is an SQL expression the caller
 * has already built through `shared/sql/quote.ts` (e.g. `quoteIdent('INNTEKT')`).
 */
import type { SqlRow } from '../sql/database';
import { quoteIdent, quoteNumber } from '../sql/quote';
import type { CountCell } from './cell-key';
import type { DisclosureConfig } from './config';
import type { MagnitudeCell } from './magnitude';

const KEY_SPACE_SQL = '4294967296';

/**
 * One record key (DOUBLE in [0, 1) from `keys/<unittype>.parquet`) as an integer in [0, 2^32). Multiplying by a
 * power of two is exact in binary floating point, so the integer is exact.
 */
export function recordKeyIntSql(keySql: string): string {
  return `CAST(floor(${keySql} * ${KEY_SPACE_SQL}) AS BIGINT)`;
}

/**
 * Aggregate: the cell key sum Σ floor(key · 2^32) mod 2^32 as a BIGINT in [0, 2^32) (NULL for no rows). The sum
 * is over integers (HUGEINT), so it is exact and the same in any row order or thread count. `filterSql`
 * restricts it to some rows (e.g. the non-missing contributors of a magnitude).
 */
export function cellKeySumSql(keySql: string, filterSql?: string): string {
  const filter = filterSql ? ` FILTER (WHERE ${filterSql})` : '';
  return `CAST(sum(${recordKeyIntSql(keySql)})${filter} % ${KEY_SPACE_SQL} AS BIGINT)`;
}

/** Aggregates for one count cell (GROUP BY the cell's categories): `units` and `keySum`. */
export function countCellSql(keySql: string): Record<keyof CountCell, string> {
  return { units: 'count(*)', keySum: cellKeySumSql(keySql) };
}

/**
 * Aggregates for one magnitude cell over an already winsorised value. Values are summed as DECIMAL(38,6), which
 * is exact and therefore order-independent (a DOUBLE sum can differ in its last bits between runs, and the
 * noise key depends on the exact sum); each result is cast to DOUBLE for the reader.
 */
export function magnitudeCellSql(
  valueSql: string,
  keySql: string,
  config: DisclosureConfig,
): Record<keyof MagnitudeCell, string> {
  const exact = `CAST(${valueSql} AS DECIMAL(38,6))`;
  const top = quoteNumber(config.magnitude.dominance.topUnits);
  return {
    units: `count(${valueSql})`,
    keySum: cellKeySumSql(keySql, `${valueSql} IS NOT NULL`),
    sum: `CAST(sum(${exact}) AS DOUBLE)`,
    absSum: `CAST(sum(abs(${exact})) AS DOUBLE)`,
    maxAbs: `CAST(max(abs(${exact})) AS DOUBLE)`,
    topAbsSum: `CAST(list_sum(max(abs(${exact}), ${top})) AS DOUBLE)`,
  };
}

/** Joins named aggregate fragments into a select list with aliases `<prefix><name>`. */
export function aliasedSelectList(fragments: Record<string, string>, prefix = ''): string {
  return Object.entries(fragments)
    .map(([name, sql]) => `${sql} AS ${quoteIdent(prefix + name)}`)
    .join(', ');
}

/** Reads a count cell back from a row selected with `aliasedSelectList(countCellSql(...), prefix)`. */
export function readCountCell(row: SqlRow, prefix = ''): CountCell {
  return {
    units: numberOr(row[`${prefix}units`], Number.NaN),
    keySum: nullableNumber(row[`${prefix}keySum`]),
  };
}

/** Reads a magnitude cell back from a row selected with `aliasedSelectList(magnitudeCellSql(...), prefix)`. */
export function readMagnitudeCell(row: SqlRow, prefix = ''): MagnitudeCell {
  const get = (name: keyof MagnitudeCell) => row[prefix + name];
  return {
    units: numberOr(get('units'), Number.NaN),
    keySum: nullableNumber(get('keySum')),
    // An empty cell sums to NULL in SQL; as a magnitude it is 0.
    sum: numberOr(get('sum'), 0),
    absSum: numberOr(get('absSum'), 0),
    maxAbs: numberOr(get('maxAbs'), 0),
    topAbsSum: numberOr(get('topAbsSum'), 0),
  };
}

/** T2 aggregates over the whole dataset's column: the type-7 clip bounds and the count of non-missing values. */
export function winsorBoundsSql(
  valueSql: string,
  config: DisclosureConfig,
): { lower: string; upper: string; units: string } {
  const asDouble = `CAST(${valueSql} AS DOUBLE)`;
  return {
    lower: `quantile_cont(${asDouble}, ${quoteNumber(config.winsor.lowerQuantile)})`,
    upper: `quantile_cont(${asDouble}, ${quoteNumber(config.winsor.upperQuantile)})`,
    units: `count(${valueSql})`,
  };
}

/**
 * A value clipped to [lower, upper] as DOUBLE. CASE rather than greatest/least, which skip NULLs in DuckDB and
 * would turn a missing value into a bound.
 */
export function clipSql(valueSql: string, lowerSql: string, upperSql: string): string {
  return `CASE WHEN ${valueSql} IS NULL THEN NULL WHEN ${valueSql} < ${lowerSql} THEN ${lowerSql} WHEN ${valueSql} > ${upperSql} THEN ${upperSql} ELSE CAST(${valueSql} AS DOUBLE) END`;
}

/**
 * A query returning every column of `sourceSql` (a complete SELECT, e.g. `SELECT * FROM "ds"`) with `columns` winsorised
 * (T2): bounds from the whole source, computed once, then each value clipped. Check T2 with the bounds' `units`
 * (`checkWinsorBasis`) before using the result.
 */
export function winsorizedSelectSql(
  sourceSql: string,
  columns: readonly string[],
  config: DisclosureConfig,
): string {
  const bounds = columns.flatMap((column, i) => {
    const b = winsorBoundsSql(quoteIdent(column), config);
    return [`${b.lower} AS ${quoteIdent(`lower_${i}`)}`, `${b.upper} AS ${quoteIdent(`upper_${i}`)}`];
  });
  const clipped = columns.map((column, i) => {
    const bound = (side: string) => `${quoteIdent('__bounds')}.${quoteIdent(`${side}_${i}`)}`;
    const value = `${quoteIdent('__src')}.${quoteIdent(column)}`;
    return `${clipSql(value, bound('lower'), bound('upper'))} AS ${quoteIdent(column)}`;
  });
  return [
    `WITH ${quoteIdent('__src')} AS (${sourceSql}),`,
    `${quoteIdent('__bounds')} AS (SELECT ${bounds.join(', ')} FROM ${quoteIdent('__src')})`,
    `SELECT ${quoteIdent('__src')}.* REPLACE (${clipped.join(', ')})`,
    `FROM ${quoteIdent('__src')} CROSS JOIN ${quoteIdent('__bounds')}`,
  ].join('\n');
}

/**
 * A query returning one row `{ onlyInNew, onlyInEarlier }` for DIFF: how many unit ids are in one population and
 * not the other. `newSql` and `earlierSql` are complete SELECTs with the id column named `idColumn`.
 */
export function populationDifferenceSql(newSql: string, earlierSql: string, idColumn: string): string {
  const id = quoteIdent(idColumn);
  return [
    `SELECT count(*) FILTER (WHERE "__e".${id} IS NULL) AS "onlyInNew",`,
    `count(*) FILTER (WHERE "__n".${id} IS NULL) AS "onlyInEarlier"`,
    `FROM (SELECT DISTINCT ${id} FROM (${newSql})) AS "__n"`,
    `FULL OUTER JOIN (SELECT DISTINCT ${id} FROM (${earlierSql})) AS "__e" ON "__n".${id} = "__e".${id}`,
  ].join('\n');
}

/** Aggregate: a type-7 percentile q of a (winsorised) value, as PCT and T8 assume. */
export function percentileSql(valueSql: string, q: number): string {
  return `quantile_cont(CAST(${valueSql} AS DOUBLE), ${quoteNumber(q)})`;
}

function numberOr(value: SqlRow[string] | undefined, fallback: number): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return fallback;
}

function nullableNumber(value: SqlRow[string] | undefined): number | null {
  return value === null || value === undefined ? null : numberOr(value, Number.NaN);
}
