import type { FunctionSql } from '../scope';
import { cases, dbl, letIn, safe } from '../sql-kit';

// Every maths function fails softly: DuckDB raises errors for inf inputs to trig functions, ln 0, sqrt -1...
const unary =
  (f: (x: string) => string): FunctionSql =>
  ([x]) =>
    safe(f(dbl(x!.sql)));

/** Mathematical functions; results outside a function's domain (ln 0, sqrt -1, asin 2) are missing. */
export const mathSql: Record<string, FunctionSql> = {
  abs: unary((x) => `abs(${x})`),
  ceil: unary((x) => `ceil(${x})`),
  floor: unary((x) => `floor(${x})`),
  int: unary((x) => `trunc(${x})`),
  round: ([x, y], scope) =>
    y
      ? letIn(scope, [dbl(x!.sql), dbl(y.sql)], ([v, m]) =>
          cases([[`${m} = 0`, v!]], `(round(${v} / ${m}) * ${m})`),
        )
      : `round(${dbl(x!.sql)})`,
  exp: unary((x) => `exp(${x})`),
  ln: unary((x) => safe(`ln(${x})`)),
  log10: unary((x) => safe(`log10(${x})`)),
  logit: ([p], scope) => letIn(scope, [dbl(p!.sql)], ([v]) => safe(`ln(${v} / (1 - ${v}))`)),
  lnfactorial: unary((x) => safe(`lgamma(floor(${x}) + 1)`)),
  sqrt: unary((x) => safe(`sqrt(${x})`)),
  sin: unary((x) => `sin(${x})`),
  cos: unary((x) => `cos(${x})`),
  tan: unary((x) => `tan(${x})`),
  asin: unary((x) => safe(`asin(${x})`)),
  acos: unary((x) => safe(`acos(${x})`)),
  atan: unary((x) => `atan(${x})`),
  pi: () => 'pi()',
  comb: ([n, k], scope) =>
    letIn(scope, [`floor(${dbl(n!.sql)})`, `floor(${dbl(k!.sql)})`], ([nn, kk]) =>
      cases(
        [
          [`${kk} < 0 OR ${kk} > ${nn}`, '0'],
          [`${kk} = 0 OR ${kk} = ${nn}`, '1'],
        ],
        safe(`round(exp(lgamma(${nn} + 1) - lgamma(${kk} + 1) - lgamma(${nn} - ${kk} + 1)))`),
      ),
    ),
};
