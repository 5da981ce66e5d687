import { describe, expect, it } from 'vitest';
import { defaultDisclosureConfig as config } from './config';
import { checkPercentile, protectPercentile } from './percentile';

describe('checkPercentile (PCT)', () => {
  it('never shows a min or max', () => {
    for (const q of [0, 1])
      expect(checkPercentile(1_000_000, q, config)).toMatchObject({ outcome: 'suppress', rule: 'PCT' });
  });

  it('allows a median from 10 units (T7) but not from 9', () => {
    expect(checkPercentile(10, 0.5, config).outcome).toBe('ok');
    expect(checkPercentile(9, 0.5, config)).toMatchObject({ rule: 'T7' });
  });

  it('needs 101 units for the 1st and 99th percentile, whose type-7 position must be ≥ 1 and ≤ n - 2', () => {
    expect(checkPercentile(101, 0.01, config).outcome).toBe('ok');
    expect(checkPercentile(100, 0.01, config)).toMatchObject({
      outcome: 'suppress',
      code: 'percentile-at-extreme',
    });
    expect(checkPercentile(101, 0.99, config).outcome).toBe('ok');
    expect(checkPercentile(100, 0.99, config).outcome).toBe('suppress');
  });

  it('allows the 10th percentile of 11 units (position exactly 1) and not of 10', () => {
    expect(checkPercentile(11, 0.1, config).outcome).toBe('ok');
    expect(checkPercentile(10, 0.1, config).outcome).toBe('suppress');
  });

  it('rounds what it shows to 3 significant digits (T8)', () => {
    expect(protectPercentile(123_456.7, 500, 0.5, config)).toEqual({
      outcome: 'ok',
      rule: 'T8',
      value: 123_000,
    });
    expect(protectPercentile(Number.NaN, 500, 0.5, config)).toMatchObject({ outcome: 'refuse' });
    expect(checkPercentile(500, 1.5, config)).toMatchObject({ code: 'invalid-input' });
  });
});
