import type { FunctionSql, SqlArg } from '../scope';
import { dbl, letIn, safe } from '../sql-kit';

// Day numbers far outside any register date would overflow DuckDB's DATE arithmetic; they give missing.
const MAX_DAYS = 3_000_000;

/** A day number (days since 1970-01-01) as a DATE; a date column is used as it is. */
export function dateOf(arg: SqlArg): string {
  if (arg.expr.kind === 'column' && arg.expr.valueType === 'date') {
    const m = /^\((.*) - DATE '1970-01-01'\)$/.exec(arg.sql);
    if (m) return m[1]!;
  }
  return dayToDate(dbl(arg.sql));
}

function dayToDate(d: string): string {
  return `(CASE WHEN abs(${d}) <= ${MAX_DAYS} THEN DATE '1970-01-01' + CAST(floor(${d}) AS INTEGER) END)`;
}

const part =
  (f: (date: string) => string): FunctionSql =>
  ([d], scope) =>
    d!.expr.kind === 'column' && d!.expr.valueType === 'date'
      ? f(dateOf(d!))
      : letIn(scope, [dbl(d!.sql)], ([v]) => f(dayToDate(v!)));

/** Date functions over day numbers; an invalid calendar date gives missing. */
export const dateSql: Record<string, FunctionSql> = {
  date: ([y, m, d]) =>
    safe(
      `(make_date(CAST(trunc(${dbl(y!.sql)}) AS BIGINT), CAST(trunc(${dbl(m!.sql)}) AS BIGINT), CAST(trunc(${dbl(d!.sql)}) AS BIGINT)) - DATE '1970-01-01')`,
    ),
  year: part((d) => `year(${d})`),
  month: part((d) => `month(${d})`),
  day: part((d) => `day(${d})`),
  quarter: part((d) => `quarter(${d})`),
  halfyear: part((d) => `(CASE WHEN month(${d}) <= 6 THEN 1 WHEN month(${d}) > 6 THEN 2 END)`),
  week: part((d) => `weekofyear(${d})`),
  dow: part((d) => `isodow(${d})`),
  doy: part((d) => `dayofyear(${d})`),
  isoformatdate: part((d) => `strftime(${d}, '%Y-%m-%d')`),
};
