import { percentileSql } from '../../disclosure/sql';
import type { SqlRow } from '../../sql/database';
import { quoteIdent } from '../../sql/quote';

/** A percentile by name: `p1` .. `p99` (the median is `p50`). */
export type QuantileName = `p${number}`;

/** The quantile of a percentile name, or null for anything else. */
export function quantileOfName(name: string): number | null {
  const m = /^p(\d{1,2})$/.exec(name);
  return m && Number(m[1]) >= 1 ? Number(m[1]) / 100 : null;
}

/** Select-list items `quantile_cont(value, q) AS "q_pN"` for each named percentile. */
export function quantileSelect(valueSql: string, names: readonly QuantileName[]): string[] {
  return [...new Set(names)].map(
    (n) => `${percentileSql(valueSql, quantileOfName(n) ?? 0.5)} AS ${quoteIdent(`q_${n}`)}`,
  );
}

/** Reads the percentiles selected with `quantileSelect` back from a row. */
export function readQuantiles(row: SqlRow, names: readonly QuantileName[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const n of names) {
    const v = row[`q_${n}`];
    out[n] = v === null || v === undefined ? null : Number(v);
  }
  return out;
}

/**
 * The Gini coefficient of `valueSql` per group, from ranks inside each group:
 * G = Σ (2i − n − 1) x₍ᵢ₎ / (n Σx) over the sorted values (ties do not change the sum). Columns: the group
 * columns as named and `gini` (NULL when Σx is 0).
 */
export function groupedGiniSql(relation: string, groupColumns: readonly string[], valueSql: string): string {
  const partition = groupColumns.length ? `PARTITION BY ${groupColumns.join(', ')}` : '';
  const select = groupColumns.length ? `${groupColumns.join(', ')}, ` : '';
  const group = groupColumns.length ? ` GROUP BY ${groupColumns.join(', ')}` : '';
  return [
    `SELECT ${select}CASE WHEN sum(x) = 0 THEN NULL ELSE sum((2 * i - n - 1) * x) / (max(n) * sum(x)) END AS "gini"`,
    `FROM (SELECT ${select}CAST(${valueSql} AS DOUBLE) AS x,`,
    `row_number() OVER (${partition} ORDER BY ${valueSql}) AS i, count(*) OVER (${partition}) AS n`,
    `FROM ${relation} AS "__g" WHERE ${valueSql} IS NOT NULL) AS "__r"${group}`,
  ].join('\n');
}
