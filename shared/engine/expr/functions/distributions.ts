import type { ExprScope, FunctionSql, SqlArg } from '../scope';
import { dbl, letIn, safe } from '../sql-kit';
import { bisect, gammaInc, ibetaSql, lnBeta } from './special';

type Body = (s: ExprScope, v: string[]) => string;

/** Binds the (numeric) arguments once and wraps the body so that any numeric failure gives missing. */
const dist =
  (body: Body, defaults: string[] = []): FunctionSql =>
  (args, scope) => {
    const values = [...args.map((a: SqlArg) => dbl(a.sql)), ...defaults.slice(args.length - 1)];
    return safe(letIn(scope, values, (v) => body(scope, v)));
  };

// Stata's conventions: x is the point, df the degrees of freedom, p a probability in (0, 1).
const normalCdf = (s: ExprScope, z: string): string =>
  `(CASE WHEN ${z} < 0 THEN 0.5 * ${gammaInc(s, '0.5', `(${z} * ${z} / 2)`, true)} ELSE 1 - 0.5 * ${gammaInc(s, '0.5', `(${z} * ${z} / 2)`, true)} END)`;

/** P(T > |x|) for Student's t. */
const tTail = (s: ExprScope, df: string, x: string): string =>
  `(0.5 * ${ibetaSql(s, `(${df} / 2)`, '0.5', `(${df} / (${df} + ${x} * ${x}))`)})`;
const tUpper = (s: ExprScope, df: string, x: string): string =>
  `(CASE WHEN ${df} <= 0 THEN NULL WHEN ${x} >= 0 THEN ${tTail(s, df, x)} ELSE 1 - ${tTail(s, df, x)} END)`;
const chi2Lower = (s: ExprScope, df: string, x: string): string =>
  `(CASE WHEN ${df} <= 0 THEN NULL WHEN ${x} <= 0 THEN 0 ELSE ${gammaInc(s, `(${df} / 2)`, `(${x} / 2)`, false)} END)`;
const chi2Upper = (s: ExprScope, df: string, x: string): string =>
  `(CASE WHEN ${df} <= 0 THEN NULL WHEN ${x} <= 0 THEN 1 ELSE ${gammaInc(s, `(${df} / 2)`, `(${x} / 2)`, true)} END)`;
const fLower = (s: ExprScope, d1: string, d2: string, f: string): string =>
  `(CASE WHEN ${d1} <= 0 OR ${d2} <= 0 THEN NULL WHEN ${f} <= 0 THEN 0 ELSE ${ibetaSql(s, `(${d1} / 2)`, `(${d2} / 2)`, `(${d1} * ${f} / (${d1} * ${f} + ${d2}))`)} END)`;
const fUpper = (s: ExprScope, d1: string, d2: string, f: string): string =>
  `(CASE WHEN ${d1} <= 0 OR ${d2} <= 0 THEN NULL WHEN ${f} <= 0 THEN 1 ELSE ${ibetaSql(s, `(${d2} / 2)`, `(${d1} / 2)`, `(${d2} / (${d2} + ${d1} * ${f}))`)} END)`;

const probability = (p: string, body: string): string => `(CASE WHEN ${p} > 0 AND ${p} < 1 THEN ${body} END)`;
const logSearch = (s: ExprScope, f: (x: string) => string, p: string, increasing: boolean): string =>
  `exp(${bisect(s, -230, 230, 96, (y) => f(`exp(${y})`), p, increasing)})`;

/** Binomial pieces with n and k made whole, as Stata does. */
const whole = (x: string): string => `floor(${x})`;
const binomialCdf = (s: ExprScope, n: string, k: string, p: string): string =>
  `(CASE WHEN ${p} < 0 OR ${p} > 1 OR ${n} < 0 THEN NULL WHEN ${whole(k)} < 0 THEN 0 WHEN ${whole(k)} >= ${whole(n!)} THEN 1 WHEN ${p} = 0 THEN 1 WHEN ${p} = 1 THEN 0 ELSE ${ibetaSql(s, `(${whole(n!)} - ${whole(k)})`, `(${whole(k)} + 1)`, `(1 - ${p})`)} END)`;
const binomialUpper = (s: ExprScope, n: string, k: string, p: string): string =>
  `(CASE WHEN ${p} < 0 OR ${p} > 1 OR ${n} < 0 THEN NULL WHEN ${whole(k)} <= 0 THEN 1 WHEN ${whole(k)} > ${whole(n!)} THEN 0 WHEN ${p} = 0 THEN 0 WHEN ${p} = 1 THEN 1 ELSE ${ibetaSql(s, whole(k), `(${whole(n!)} - ${whole(k)} + 1)`, p)} END)`;

/** Probability distributions (Stata's definitions and argument order); outside their domain they give missing. */
export const distributionSql: Record<string, FunctionSql> = {
  normal: dist((s, [z]) => normalCdf(s, z!)),
  normalden: dist(
    (_s, [x, m, sd]) =>
      `(CASE WHEN ${sd} > 0 THEN exp(-0.5 * pow((${x} - ${m}) / ${sd}, 2)) / (${sd} * sqrt(2 * pi())) END)`,
    ['0.0::DOUBLE', '1.0::DOUBLE'],
  ),
  invnormal: dist((s, [p]) =>
    probability(
      p!,
      bisect(s, -40, 40, 96, (x) => normalCdf(s, x), p!, true),
    ),
  ),
  t: dist((s, [df, x]) => `(1 - ${tUpper(s, df!, x!)})`),
  ttail: dist((s, [df, x]) => tUpper(s, df!, x!)),
  tden: dist(
    (_s, [df, x]) =>
      `(CASE WHEN ${df} > 0 THEN exp(lgamma((${df} + 1) / 2) - lgamma(${df} / 2) - 0.5 * ln(${df} * pi()) - (${df} + 1) / 2 * ln(1 + ${x} * ${x} / ${df})) END)`,
  ),
  invttail: dist((s, [df, p]) =>
    probability(p!, `sinh(${bisect(s, -25, 25, 96, (y) => tUpper(s, df!, `sinh(${y})`), p!, false)})`),
  ),
  chi2: dist((s, [df, x]) => chi2Lower(s, df!, x!)),
  chi2tail: dist((s, [df, x]) => chi2Upper(s, df!, x!)),
  chi2den: dist(
    (_s, [df, x]) =>
      `(CASE WHEN ${df} <= 0 THEN NULL WHEN ${x} < 0 THEN 0 WHEN ${x} = 0 THEN (CASE WHEN ${df} = 2 THEN 0.5 WHEN ${df} > 2 THEN 0 END) ELSE exp((${df} / 2 - 1) * ln(${x}) - ${x} / 2 - ${df} / 2 * ln(2) - lgamma(${df} / 2)) END)`,
  ),
  invchi2: dist((s, [df, p]) =>
    probability(
      p!,
      logSearch(s, (x) => chi2Lower(s, df!, x), p!, true),
    ),
  ),
  invchi2tail: dist((s, [df, p]) =>
    probability(
      p!,
      logSearch(s, (x) => chi2Upper(s, df!, x), p!, false),
    ),
  ),
  nchi2: dist((s, [df, np, x]) => {
    const j = s.fresh();
    const half = `(${np} / 2)`;
    const count = `CAST(least(50 + ceil(${half} + 10 * sqrt(${half})), 3000) AS BIGINT)`;
    const weight = `exp(-${half} + ${j} * ln(${half}) - lgamma(${j} + 1))`;
    const term = `${weight} * ${gammaInc(s, `(${df} / 2 + ${j})`, `(${x} / 2)`, false)}`;
    return `(CASE WHEN ${df} <= 0 OR ${np} < 0 THEN NULL WHEN ${x} <= 0 THEN 0 WHEN ${np} = 0 THEN ${chi2Lower(s, df!, x!)} ELSE least(list_sum(list_transform(range(0, ${count}), lambda ${j}: ${term})), 1) END)`;
  }),
  F: dist((s, [d1, d2, f]) => fLower(s, d1!, d2!, f!)),
  Ftail: dist((s, [d1, d2, f]) => fUpper(s, d1!, d2!, f!)),
  Fden: dist(
    (_s, [d1, d2, f]) =>
      `(CASE WHEN ${d1} <= 0 OR ${d2} <= 0 THEN NULL WHEN ${f} <= 0 THEN 0 ELSE exp(${d1} / 2 * ln(${d1}) + ${d2} / 2 * ln(${d2}) + (${d1} / 2 - 1) * ln(${f}) - (${d1} + ${d2}) / 2 * ln(${d2} + ${d1} * ${f}) - ${lnBeta(`(${d1} / 2)`, `(${d2} / 2)`)}) END)`,
  ),
  invF: dist((s, [d1, d2, p]) =>
    probability(
      p!,
      logSearch(s, (x) => fLower(s, d1!, d2!, x), p!, true),
    ),
  ),
  invFtail: dist((s, [d1, d2, p]) =>
    probability(
      p!,
      logSearch(s, (x) => fUpper(s, d1!, d2!, x), p!, false),
    ),
  ),
  ibeta: dist((s, [a, b, x]) => ibetaSql(s, a!, b!, x!)),
  betaden: dist(
    (_s, [a, b, x]) =>
      `(CASE WHEN ${a} <= 0 OR ${b} <= 0 THEN NULL WHEN ${x} < 0 OR ${x} > 1 THEN 0 WHEN ${x} = 0 THEN (CASE WHEN ${a} = 1 THEN ${b} WHEN ${a} > 1 THEN 0 END) WHEN ${x} = 1 THEN (CASE WHEN ${b} = 1 THEN ${a} WHEN ${b} > 1 THEN 0 END) ELSE exp((${a} - 1) * ln(${x}) + (${b} - 1) * ln(1 - ${x}) - ${lnBeta(a!, b!)}) END)`,
  ),
  gammap: dist((s, [a, x]) => gammaInc(s, a!, x!, false)),
  binomial: dist((s, [n, k, p]) => binomialCdf(s, n!, k!, p!)),
  binomialp: dist(
    (_s, [n, k, p]) =>
      `(CASE WHEN ${p} < 0 OR ${p} > 1 OR ${n} < 0 THEN NULL WHEN ${k} < 0 OR ${k} > ${n} OR ${k} <> floor(${k}) THEN 0 WHEN ${p} = 0 THEN (CASE WHEN ${k} = 0 THEN 1 ELSE 0 END) WHEN ${p} = 1 THEN (CASE WHEN ${k} = ${whole(n!)} THEN 1 ELSE 0 END) ELSE exp(lgamma(${whole(n!)} + 1) - lgamma(${k} + 1) - lgamma(${whole(n!)} - ${k} + 1) + ${k} * ln(${p}) + (${whole(n!)} - ${k}) * ln(1 - ${p})) END)`,
  ),
  binomialtail: dist((s, [n, k, p]) => binomialUpper(s, n!, k!, p!)),
};
