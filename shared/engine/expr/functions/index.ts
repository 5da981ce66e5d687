import type { FunctionSql } from '../scope';
import { dateSql } from './dates';
import { distributionSql } from './distributions';
import { mathSql } from './maths';
import { rowSql } from './rows';
import { stringSql } from './strings';
import { testSql } from './tests';

/** SQL compilers of every language function that runs on data (binding functions run before the script). */
export const functionSqls: Readonly<Record<string, FunctionSql>> = {
  ...mathSql,
  ...distributionSql,
  ...stringSql,
  ...dateSql,
  ...rowSql,
  ...testSql,
};

/** The SQL compiler of a function; throws for a name the checker would never let through. */
export function functionSql(name: string): FunctionSql {
  const f = Object.hasOwn(functionSqls, name) ? functionSqls[name] : undefined;
  if (!f) throw new Error(`no SQL for the function ${name}()`);
  return f;
}
