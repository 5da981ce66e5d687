import { describe, expect, it } from 'vitest';
import { defaultDisclosureConfig as config } from './config';
import { checkWinsorBasis, winsorMinimumUnits } from './winsor';

describe('checkWinsorBasis (T2)', () => {
  it('needs 101 values for 1 % / 99 % bounds that give the extremes no weight', () => {
    // Type-7 position (n - 1)·0.01 reaches 1 at n = 101, and (n - 1)·0.99 ≤ n - 2 from n = 101.
    expect(winsorMinimumUnits(config)).toBe(101);
    expect(checkWinsorBasis(101, config).outcome).toBe('ok');
    expect(checkWinsorBasis(100, config)).toMatchObject({
      outcome: 'refuse',
      rule: 'T2',
      code: 'too-few-values-to-winsorise',
    });
  });

  it('follows the configured quantiles', () => {
    expect(winsorMinimumUnits({ ...config, winsor: { lowerQuantile: 0.05, upperQuantile: 0.95 } })).toBe(21);
    expect(winsorMinimumUnits({ ...config, winsor: { lowerQuantile: 0.05, upperQuantile: 0.999 } })).toBe(
      1001,
    );
  });
});
