/**
 * Likelihood pieces of binary and count models as SQL over a row's linear predictor `"eta"` and outcome `"y"`:
 * the log likelihood `ll`, the score `s` = ∂ll/∂η and the weight `w` = −∂²ll/∂η² (observed information, as
 * Stata's ml uses). Each family is a list of projection layers so every quantity is computed once per row.
 */
export interface Family {
  name: 'logit' | 'probit' | 'poisson';
  /** Successive `SELECT *, ... FROM (previous)` column lists; the last must define "ll", "s", "w". */
  layers: string[][];
  /** Linear predictor of the constant-only model at mean outcome ȳ (start value). */
  start(yMean: number): number;
}

const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** Logistic regression: p = 1/(1+e^−η), ll = yη − log(1+e^η) computed without overflow. */
export const logitFamily: Family = {
  name: 'logit',
  layers: [
    ['1.0 / (1.0 + exp(-"eta")) AS "p"'],
    [
      '"y" * "eta" - (greatest("eta", 0.0) + ln(1.0 + exp(-abs("eta")))) AS "ll"',
      '"y" - "p" AS "s"',
      '"p" * (1.0 - "p") AS "w"',
    ],
  ],
  start: (m) => Math.log(m / (1 - m)),
};

// Φ by West's (2005) double-precision version of Hart's algorithm: a rational function below |t| = 7.07 and a
// continued fraction beyond, written so the far lower tail is handled in logs (m = φ(t)/Φ(t) = the fraction).
const HART_NUM = [
  0.0352624965998911, 0.700383064443688, 6.37396220353165, 33.912866078383, 112.079291497871,
  221.213596169931, 220.206867912376,
];
const HART_DEN = [
  0.0883883476483184, 1.75566716318264, 16.064177579207, 86.7807322029461, 296.564248779674, 637.333633378831,
  793.826512519948, 440.413735824752,
];
const horner = (coefficients: number[], x: string) =>
  coefficients.slice(1).reduce((acc, c) => `(${acc}) * ${x} + ${c}`, String(coefficients[0]));

/** Probit: ll = log Φ(qη) with q = 2y − 1; s = q·m, w = m(m + qη), m = φ(qη)/Φ(qη). */
export const probitFamily: Family = {
  name: 'probit',
  layers: [
    ['(2.0 * "y" - 1.0) * "eta" AS "t"'],
    [
      'abs("t") AS "a"',
      `abs("t") + 1.0 / (abs("t") + 2.0 / (abs("t") + 3.0 / (abs("t") + 4.0 / (abs("t") + 0.65)))) AS "cf"`,
    ],
    [
      `CASE WHEN "a" < 7.07106781186547 THEN exp(-"a" * "a" / 2.0) * (${horner(HART_NUM, '"a"')}) / (${horner(HART_DEN, '"a"')}) ELSE exp(-"a" * "a" / 2.0) / "cf" / 2.506628274631 END AS "tail"`,
    ],
    [
      `CASE WHEN "t" <= -7.07106781186547 THEN -"t" * "t" / 2.0 - ln("cf") - ${LN_SQRT_2PI} WHEN "t" < 0 THEN ln("tail") ELSE ln(1.0 - "tail") END AS "ll"`,
      `CASE WHEN "t" <= -7.07106781186547 THEN "cf" WHEN "t" < 0 THEN exp(-"t" * "t" / 2.0 - ${LN_SQRT_2PI}) / "tail" ELSE exp(-"t" * "t" / 2.0 - ${LN_SQRT_2PI}) / (1.0 - "tail") END AS "m"`,
    ],
    ['(2.0 * "y" - 1.0) * "m" AS "s"', '"m" * ("m" + "t") AS "w"'],
  ],
  start: (m) => probitStart(m),
};

function probitStart(m: number): number {
  // Φ⁻¹ by bisection is plenty for a start value.
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (0.5 * (1 + erfApprox(mid / Math.SQRT2)) < m) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function erfApprox(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const y =
    1 -
    t *
      Math.exp(
        -x * x -
          1.26551223 +
          t *
            (1.00002368 +
              t *
                (0.37409196 +
                  t *
                    (0.09678418 +
                      t *
                        (-0.18628806 +
                          t *
                            (0.27886807 +
                              t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
      );
  return x >= 0 ? y : -y;
}

/** Poisson: μ = e^η, ll = yη − μ − ln y!, s = y − μ, w = μ. */
export const poissonFamily: Family = {
  name: 'poisson',
  layers: [
    ['exp("eta") AS "mu"'],
    ['"y" * "eta" - "mu" - lgamma("y" + 1.0) AS "ll"', '"y" - "mu" AS "s"', '"mu" AS "w"'],
  ],
  start: (m) => Math.log(m),
};

/** Φ(x) as SQL for a simple expression `x` (a column), with the same algorithm as the probit likelihood. */
export function normalCdfSql(x: string): string {
  const a = `abs(${x})`;
  const cf = `(${a} + 1.0 / (${a} + 2.0 / (${a} + 3.0 / (${a} + 4.0 / (${a} + 0.65)))))`;
  const tail = `(CASE WHEN ${a} < 7.07106781186547 THEN exp(-${a} * ${a} / 2.0) * (${horner(HART_NUM, a)}) / (${horner(HART_DEN, a)}) ELSE exp(-${a} * ${a} / 2.0) / ${cf} / 2.506628274631 END)`;
  return `(CASE WHEN ${x} > 0 THEN 1.0 - ${tail} ELSE ${tail} END)`;
}
