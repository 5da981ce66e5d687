import type { ExprScope } from '../scope';

/*
 * Regularised incomplete gamma and beta functions as plain DuckDB SQL, the ground all distribution
 * functions stand on. Series and continued fractions run over `range()` lists with lambdas (list_sum,
 * list_reduce evaluated backwards), because DuckDB has no loops in expressions. Arguments must be short
 * SQL (bound names or literals): they are repeated. Term counts grow with the arguments, as the series
 * need (about sqrt of the shape parameters), capped so that no row can ask for unbounded work.
 */

const terms = (base: number, grow: string): string =>
  `CAST(least(${base} + 10 * ceil(sqrt(greatest(${grow}, 0))), 200000) AS BIGINT)`;

/** P(a, x) by its power series; for 0 < x < a + 1. */
function gammaSeries(s: ExprScope, a: string, x: string): string {
  const n = s.fresh();
  return `list_sum(list_transform(range(0, ${terms(300, x)}), lambda ${n}: exp(-${x} + (${a} + ${n}) * ln(${x}) - lgamma(${a} + ${n} + 1))))`;
}

/** Q(a, x) by its continued fraction (Numerical Recipes gcf), evaluated from the tail; for x >= a + 1. */
function gammaFraction(s: ExprScope, a: string, x: string): string {
  const t = s.fresh();
  const n = s.fresh();
  const depth = terms(300, a);
  return `(exp(-${x} + ${a} * ln(${x}) - lgamma(${a})) / list_reduce(list_reverse(range(0, ${depth})), lambda ${t}, ${n}: (${x} + 2 * ${n} + 1 - ${a}) - (${n} + 1) * (${n} + 1 - ${a}) / ${t}, ${x} + 2 * ${depth} + 1 - ${a}))`;
}

/** Regularised lower (P) or upper (Q) incomplete gamma function; missing for a <= 0 or x < 0. */
export function gammaInc(s: ExprScope, a: string, x: string, upper: boolean): string {
  const series = gammaSeries(s, a, x);
  const fraction = gammaFraction(s, a, x);
  return upper
    ? `(CASE WHEN ${a} <= 0 OR ${x} < 0 THEN NULL WHEN ${x} = 0 THEN 1 WHEN ${x} < ${a} + 1 THEN 1 - ${series} ELSE ${fraction} END)`
    : `(CASE WHEN ${a} <= 0 OR ${x} < 0 THEN NULL WHEN ${x} = 0 THEN 0 WHEN ${x} < ${a} + 1 THEN ${series} ELSE 1 - ${fraction} END)`;
}

/** ln B(a, b). */
export function lnBeta(a: string, b: string): string {
  return `(lgamma(${a}) + lgamma(${b}) - lgamma(${a} + ${b}))`;
}

/** I_x(a, b) for x below the mean, by the continued fraction of Numerical Recipes (betacf) from the tail. */
function betaFraction(s: ExprScope, a: string, b: string, x: string): string {
  const t = s.fresh();
  const k = s.fresh();
  const m1 = `((${k} - 1) // 2)`;
  const m2 = `(${k} // 2)`;
  const d = `(CASE WHEN ${k} % 2 = 1 THEN -(${a} + ${m1}) * (${a} + ${b} + ${m1}) * ${x} / ((${a} + 2 * ${m1}) * (${a} + 2 * ${m1} + 1)) ELSE ${m2} * (${b} - ${m2}) * ${x} / ((${a} + 2 * ${m2} - 1) * (${a} + 2 * ${m2})) END)`;
  const depth = terms(200, `greatest(${a}, ${b})`);
  const cf = `(1 / list_reduce(list_reverse(range(1, ${depth} + 1)), lambda ${t}, ${k}: 1 + ${d} / ${t}, 1.0::DOUBLE))`;
  return `(exp(${a} * ln(${x}) + ${b} * ln(1 - ${x}) - ${lnBeta(a, b)}) * ${cf} / ${a})`;
}

/** The regularised incomplete beta function I_x(a, b); missing for a <= 0 or b <= 0. */
export function ibetaSql(s: ExprScope, a: string, b: string, x: string): string {
  const y = `(1 - ${x})`;
  return `(CASE WHEN ${a} <= 0 OR ${b} <= 0 THEN NULL WHEN ${x} <= 0 THEN 0 WHEN ${x} >= 1 THEN 1 WHEN ${x} < (${a} + 1) / (${a} + ${b} + 2) THEN ${betaFraction(s, a, b, x)} ELSE 1 - ${betaFraction(s, b, a, y)} END)`;
}

/**
 * Inverts a monotone function by bisection with one running value: after step k the estimate moves by
 * (hi - lo) / 2^(k+1) towards the target, so `steps` steps pin it to (hi - lo) / 2^steps.
 */
export function bisect(
  s: ExprScope,
  lo: number,
  hi: number,
  steps: number,
  f: (x: string) => string,
  target: string,
  increasing: boolean,
): string {
  const x = s.fresh();
  const k = s.fresh();
  const below = `(${f(x)} < ${target})`;
  const step = `(${hi - lo}::DOUBLE / pow(2, ${k} + 1))`;
  return `list_reduce(range(1, ${steps + 1}), lambda ${x}, ${k}: ${x} + (CASE WHEN ${increasing ? '' : 'NOT '}${below} THEN ${step} ELSE -${step} END), ${(lo + hi) / 2}::DOUBLE)`;
}
