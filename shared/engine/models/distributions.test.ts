import { describe, expect, it } from 'vitest';
import { chi2Upper, fUpper, normalQuantile, normalTwoSided, tQuantile, tTwoSided } from './distributions';

// Reference values from R 4.2: qt, pt, pnorm, pchisq, pf, qnorm.
describe('distribution functions agree with R', () => {
  it('t quantiles and two-sided p-values', () => {
    expect(tQuantile(0.95, 971)).toBeCloseTo(1.64642441254, 10);
    expect(tQuantile(0.975, 971)).toBeCloseTo(1.96241010271, 10);
    expect(tTwoSided(-2.5, 30) / 0.0181156490680667).toBeCloseTo(1, 12);
  });
  it('normal tail and quantile', () => {
    expect(normalTwoSided(8.3) / 2 / 5.20556974489026e-17).toBeCloseTo(1, 10);
    expect(normalQuantile(0.975)).toBeCloseTo(1.95996398454005, 12);
  });
  it('chi² and F upper tails', () => {
    expect(chi2Upper(30, 4) / 4.89443712802921e-6).toBeCloseTo(1, 12);
    expect(fUpper(3.2, 3, 50) / 0.0311063232910859).toBeCloseTo(1, 12);
  });
});
