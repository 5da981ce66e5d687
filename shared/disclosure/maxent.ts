/**
 * The maximum-entropy distribution on a finite set of integer deviations with mean 0 and a given variance.
 *
 * Among all distributions meeting the constraints it assumes least (Marley & Leaver 2011; Giessing 2016,
 * "Computational issues in the design of transition probabilities and disclosure risk estimation for additive
 * noise", the construction behind the sdcTools `ptable` R package that SSBcellKey builds on). Its form is
 * p(d) ∝ exp(a·d + b·d²); we find (a, b) by Newton's method on the convex dual
 *   F(a, b) = log Σ exp(a·d + b·d²) − b·V,
 * whose gradient is (E[d], E[d²] − V) and whose Hessian is the covariance of (d, d²).
 */
export function maxEntropyZeroMean(support: readonly number[], variance: number): number[] {
  let a = 0;
  let b = 0;
  let m = moments(support, a, b);
  for (let iteration = 0; iteration < 200; iteration++) {
    const g1 = m.m1;
    const g2 = m.m2 - variance;
    if (Math.abs(g1) < 1e-15 && Math.abs(g2) < 1e-14) break;
    const h11 = m.m2 - m.m1 * m.m1;
    const h12 = m.m3 - m.m1 * m.m2;
    const h22 = m.m4 - m.m2 * m.m2;
    const det = h11 * h22 - h12 * h12;
    if (!(det > 0)) break;
    const da = -(h22 * g1 - h12 * g2) / det;
    const db = -(h11 * g2 - h12 * g1) / det;
    // Damped Newton: halve the step until the gradient shrinks. (Testing the dual value instead stalls near
    // the optimum, where its changes drop below floating-point resolution before the constraints are exact.)
    const norm = Math.hypot(g1, g2);
    let t = 1;
    let next = moments(support, a + da, b + db);
    while (t > 1e-12 && !(Math.hypot(next.m1, next.m2 - variance) < norm)) {
      t /= 2;
      next = moments(support, a + t * da, b + t * db);
    }
    if (t <= 1e-12) break;
    a += t * da;
    b += t * db;
    m = next;
  }
  if (Math.abs(m.m1) < 1e-12 && Math.abs(m.m2 - variance) < 1e-10) return m.p;
  throw new RangeError(`no zero-mean distribution with variance ${variance} on {${support.join(', ')}}`);
}

function exponents(support: readonly number[], a: number, b: number): number[] {
  return support.map((d) => a * d + b * d * d);
}

function moments(support: readonly number[], a: number, b: number) {
  const e = exponents(support, a, b);
  const top = Math.max(...e);
  const w = e.map((x) => Math.exp(x - top));
  const z = w.reduce((s, x) => s + x, 0);
  const p = w.map((x) => x / z);
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  support.forEach((d, i) => {
    const pi = p[i] ?? 0;
    m1 += pi * d;
    m2 += pi * d * d;
    m3 += pi * d * d * d;
    m4 += pi * d * d * d * d;
  });
  return { p, m1, m2, m3, m4 };
}
