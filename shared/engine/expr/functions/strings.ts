import type { FunctionSql, SqlArg } from '../scope';
import { dbl, letIn, safe } from '../sql-kit';

/**
 * A value as text: strings as they are, whole numbers without decimals (`5`, not `5.0`), other numbers
 * in DuckDB's shortest round-trip form; missing stays missing.
 */
export function textOf(arg: SqlArg, scope: Parameters<FunctionSql>[1]): string {
  if (arg.expr.type === 'string') return arg.sql;
  if (arg.expr.type === 'missing') return 'CAST(NULL AS VARCHAR)';
  return letIn(
    scope,
    [dbl(arg.sql)],
    ([v]) =>
      `(CASE WHEN ${v} = trunc(${v}) AND abs(${v}) < 1e15 THEN CAST(CAST(${v} AS BIGINT) AS VARCHAR) ELSE CAST(${v} AS VARCHAR) END)`,
  );
}

// DuckDB rounds when casting DOUBLE to BIGINT; positions and lengths drop their decimals instead.
const whole = (a: SqlArg): string => `CAST(trunc(${dbl(a.sql)}) AS BIGINT)`;
const str = (a: SqlArg | undefined): string => `CAST(${a!.sql} AS VARCHAR)`;

/** String functions; positions count characters from 1, and missing propagates. */
export const stringSql: Record<string, FunctionSql> = {
  substr: ([s, start, length]) =>
    safe(`substring(${str(s)}, ${whole(start!)}, greatest(${whole(length!)}, 0))`),
  length: ([s]) => `length(${str(s)})`,
  lower: ([s]) => `lower(${str(s)})`,
  upper: ([s]) => `upper(${str(s)})`,
  trim: ([s]) => `trim(${str(s)})`,
  ltrim: ([s]) => `ltrim(${str(s)})`,
  rtrim: ([s]) => `rtrim(${str(s)})`,
  startswith: ([s, p]) => `CAST(starts_with(${str(s)}, ${str(p)}) AS INTEGER)`,
  endswith: ([s, p]) => `CAST(ends_with(${str(s)}, ${str(p)}) AS INTEGER)`,
  string: ([x], scope) => textOf(x!, scope),
};
