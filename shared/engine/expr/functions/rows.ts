import type { FunctionSql, SqlArg } from '../scope';
import { dbl } from '../sql-kit';
import { textOf } from './strings';

const list = (args: readonly SqlArg[]): string => `[${args.map((a) => dbl(a.sql)).join(', ')}]`;
const present = (args: readonly SqlArg[]): string =>
  args.map((a) => `CAST(${a.sql} IS NOT NULL AS INTEGER)`).join(' + ');

/** Row functions over several values of one unit; missing values are left out (rowtotal counts them as 0). */
export const rowSql: Record<string, FunctionSql> = {
  rowmax: (args) => `greatest(${args.map((a) => dbl(a.sql)).join(', ')})`,
  rowmin: (args) => `least(${args.map((a) => dbl(a.sql)).join(', ')})`,
  rowmean: (args) => `list_avg(${list(args)})`,
  rowmedian: (args) => `list_median(${list(args)})`,
  rowstd: (args) => `list_stddev_samp(${list(args)})`,
  rowtotal: (args) => `coalesce(list_sum(${list(args)}), 0)`,
  rowvalid: (args) => `(${present(args)})`,
  rowmissing: (args) => `(${args.length} - (${present(args)}))`,
  rowconcat: (args, scope) => `concat(${args.map((a) => textOf(a, scope)).join(', ')})`,
};
