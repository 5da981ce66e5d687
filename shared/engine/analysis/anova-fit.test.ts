import { describe, expect, it } from 'vitest';
import { type AnovaCombo, anovaSums } from './anova-fit';

// An unbalanced two-factor design; reference values from R: drop1(lm(y ~ a + b)), deviance, total SS.
const y = [3, 5, 4, 6, 8, 7, 9, 2, 4, 6, 5, 7, 10, 12, 11, 3, 4];
const a = [1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 1, 2, 3, 3, 3, 1, 1];
const b = [1, 2, 1, 2, 1, 2, 2, 1, 2, 1, 1, 1, 2, 2, 1, 2, 1];

describe('anovaSums', () => {
  it('matches R for partial sums of squares from cell sums alone', () => {
    const mean = y.reduce((s, v) => s + v, 0) / y.length;
    const combos = new Map<string, AnovaCombo>();
    y.forEach((v, i) => {
      const levels = [(a[i] as number) - 1, (b[i] as number) - 1];
      const key = levels.join(',');
      const c = combos.get(key) ?? { levels, n: 0, s1: 0, s2: 0 };
      c.n += 1;
      c.s1 += v - mean;
      c.s2 += (v - mean) ** 2;
      combos.set(key, c);
    });
    const sums = anovaSums([...combos.values()], [3, 2]);
    expect(sums.total).toBeCloseTo(139.058823529, 8);
    expect(sums.residual).toBeCloseTo(90, 8);
    expect(sums.model).toBeCloseTo(139.058823529 - 90, 8);
    expect(sums.factors[0]).toBeCloseTo(40.2222222222, 8);
    expect(sums.factors[1]).toBeCloseTo(2.7, 8);
    expect(sums.factorDf).toEqual([2, 1]);
    expect(sums.modelDf).toBe(3);
  });
});
