import { describe, expect, it } from 'vitest';
import {
  chi2UpperTail,
  fUpperTail,
  logGamma,
  normalUpperTail,
  tQuantileUpper,
  tUpperTail,
} from './distributions';

// Reference values from standard tables (R: qt, pf, pchisq, pnorm, lgamma; checked with scipy.stats).
describe('distribution functions', () => {
  it('match published critical values and tail probabilities', () => {
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
    expect(tQuantileUpper(0.025, 10)).toBeCloseTo(2.228138851986, 9);
    expect(tQuantileUpper(0.05, 1)).toBeCloseTo(6.313751514675, 8);
    expect(tUpperTail(2.228138851986, 10)).toBeCloseTo(0.025, 10);
    expect(tUpperTail(-1, 5)).toBeCloseTo(0.818391266175, 9);
    expect(fUpperTail(4.102821015, 2, 10)).toBeCloseTo(0.05, 9);
    expect(fUpperTail(1, 3, 30)).toBeCloseTo(0.406357266873, 9);
    expect(chi2UpperTail(5.991464547, 2)).toBeCloseTo(0.05, 9);
    expect(chi2UpperTail(3.84145882, 1)).toBeCloseTo(0.05, 8);
    expect(chi2UpperTail(30, 20)).toBeCloseTo(0.06985366, 7);
    expect(normalUpperTail(1.959963985)).toBeCloseTo(0.025, 9);
    expect(normalUpperTail(-1)).toBeCloseTo(0.841344746, 9);
  });
});
