import { describe, expect, it } from 'vitest';
import { protectBoxPlot } from './box-plot';
import { defaultDisclosureConfig as config } from './config';

describe('protectBoxPlot', () => {
  it('draws computed whiskers that stop at the clip bounds, rounded to 3 digits', () => {
    const out = protectBoxPlot(
      { units: 400, q1: 210_000, median: 345_678, q3: 480_000, lower: 0, upper: 1_234_567 },
      config,
    );
    expect(out).toEqual({
      outcome: 'ok',
      rule: 'PCT',
      value: { q1: 210_000, median: 346_000, q3: 480_000, whiskerLow: 0, whiskerHigh: 885_000 },
    });
  });

  it('stops a whisker at the bound when 1.5 IQR reaches past it', () => {
    const out = protectBoxPlot({ units: 400, q1: 10, median: 20, q3: 30, lower: -5, upper: 50 }, config);
    expect(out.outcome === 'ok' && [out.value.whiskerLow, out.value.whiskerHigh]).toEqual([-5, 50]);
  });

  it('is suppressed for too few units', () => {
    expect(protectBoxPlot({ units: 9, q1: 1, median: 2, q3: 3, lower: 0, upper: 4 }, config).outcome).toBe(
      'suppress',
    );
  });
});
