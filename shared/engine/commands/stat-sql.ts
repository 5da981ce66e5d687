import type { StatItem } from '../../lang/command-kit/stat-items';
import { quoteIdent } from '../../sql/quote';
import type { ColumnInfo, DatasetView } from '../dataset-view';
import { engineError } from '../errors';
import { dayNumberOf } from '../expr/sql-of';

/** A variable's values as the statistics see them: date columns as day numbers. */
export function statInput(view: DatasetView, name: string): string {
  const info = view.columns.find((c) => c.name === name);
  if (!info) throw engineError('unknown-variable', `Fant ikke variabelen ${name}.`, `No variable ${name}.`);
  return info.valueType === 'date' ? dayNumberOf(quoteIdent(name)) : quoteIdent(name);
}

/** The hidden rank column a Gini item needs (rank of the value among the group's non-missing values). */
export function giniRankName(index: number): string {
  return `@rank${index}`;
}

/**
 * The window that ranks an item's values within its group, for the Gini coefficient; `partition` is the
 * SQL of the group key (or null for one group). Missing values get no rank.
 */
export function giniRankSql(value: string, partition: string | null): string {
  const by = partition === null ? '' : `${partition}, `;
  return `CASE WHEN ${value} IS NOT NULL THEN row_number() OVER (PARTITION BY ${by}(${value} IS NULL) ORDER BY ${value}) END`;
}

/**
 * The aggregate SQL of one collapse/aggregate statistic over `value` (a column of the grouped rows).
 * Missing values are left out; `sum` of no values is 0 and every other statistic of no values is missing,
 * as in Stata's collapse. Percentiles are type 7 (`quantile_cont`), the definition the disclosure rules use.
 */
export function statisticSql(statistic: string, value: string, rank: string | null): string {
  const v = `CAST(${value} AS DOUBLE)`;
  const pct = /^p(\d{1,2})$/.exec(statistic);
  if (pct) return `quantile_cont(${v}, ${Number(pct[1]) / 100})`;
  switch (statistic) {
    case 'count':
      return `count(${value})`;
    case 'percent':
      return `(100.0 * count(${value}) / nullif(sum(count(${value})) OVER (), 0))`;
    case 'sum':
      return `coalesce(sum(${v}), 0)`;
    case 'mean':
      return `avg(${v})`;
    case 'median':
      return `quantile_cont(${v}, 0.5)`;
    case 'min':
      return `min(${v})`;
    case 'max':
      return `max(${v})`;
    case 'sd':
      return `stddev_samp(${v})`;
    case 'semean':
      return `(stddev_samp(${v}) / sqrt(count(${v})))`;
    case 'iqr':
      return `(quantile_cont(${v}, 0.75) - quantile_cont(${v}, 0.25))`;
    case 'gini':
      if (rank === null) throw new Error('gini needs the rank column');
      // G = sum((2 r - n - 1) x) / (n sum x) over the sorted non-missing values.
      return `(2 * sum(${rank} * ${v}) / nullif(count(${v}) * sum(${v}), 0) - (count(${v}) + 1.0) / count(${v}))`;
    default:
      throw engineError(
        'unknown-statistic',
        `Ukjent statistikk: ${statistic}.`,
        `Unknown statistic: ${statistic}.`,
      );
  }
}

/** The column a statistic item makes: counts are integers, every other statistic a decimal. */
export function statColumn(item: StatItem): ColumnInfo {
  return {
    name: item.target,
    valueType: item.statistic === 'count' ? 'integer' : 'decimal',
    codeList: null,
    pseudonymOf: null,
  };
}

/**
 * SELECT of one row per group with every item's statistic (`"@s0"`, `"@s1"`, ...) and the group key as
 * `"@g"`: `group` is the key's SQL over the dataset's rows, or null for the whole dataset.
 */
export function groupStatsSql(view: DatasetView, items: readonly StatItem[], group: string | null): string {
  const values = items.map((item) => statInput(view, item.source));
  const ranks = items.map((item, i) =>
    item.statistic === 'gini' ? `, ${giniRankSql(values[i]!, group)} AS ${quoteIdent(giniRankName(i))}` : '',
  );
  const key = group === null ? 'NULL' : group;
  const inner = `SELECT *, ${key} AS "@g"${ranks.join('')} FROM ${view.table}`;
  const stats = items.map(
    (item, i) =>
      `${statisticSql(item.statistic, values[i]!, item.statistic === 'gini' ? quoteIdent(giniRankName(i)) : null)} AS ${quoteIdent(`@s${i}`)}`,
  );
  const where = group === null ? '' : ` WHERE "@g" IS NOT NULL`;
  return `SELECT "@g", ${stats.join(', ')} FROM (${inner})${where} GROUP BY "@g"`;
}
