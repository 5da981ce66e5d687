import { describe, expect, it } from 'vitest';
import { type DisclosureConfig, defaultDisclosureConfig, parseDisclosureConfig } from './config';

function withChanges(change: (c: DisclosureConfig) => void): unknown {
  const copy = structuredClone(defaultDisclosureConfig) as DisclosureConfig;
  change(copy);
  return copy;
}

describe('disclosure configuration', () => {
  it('has the thresholds of the spec as defaults', () => {
    const c = defaultDisclosureConfig;
    expect(c.population.minUnits).toBe(1000);
    expect([c.winsor.lowerQuantile, c.winsor.upperQuantile]).toEqual([0.01, 0.99]);
    expect([c.table.lowCellBelow, c.table.maxLowCellShare]).toEqual([5, 0.5]);
    expect([c.change.minUnits, c.summary.minUnits, c.rounding.significantDigits]).toEqual([10, 10, 3]);
    expect(c.cellKey).toEqual({ maxDeviation: 5, variance: 3, blockAtOrBelow: 2 });
    expect([c.model.minUnits, c.model.minResidualDf, c.model.minUnitsPerLevel]).toEqual([10, 10, 10]);
  });

  it('accepts its own defaults', () => {
    expect(parseDisclosureConfig(defaultDisclosureConfig)).toEqual({
      ok: true,
      config: defaultDisclosureConfig,
    });
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(defaultDisclosureConfig.cellKey)).toBe(true);
    expect(Object.isFrozen(defaultDisclosureConfig.magnitude.dominance)).toBe(true);
  });

  it.each([
    [
      'a variance no zero-mean row can reach',
      (c: DisclosureConfig) => (c.cellKey.variance = 15),
      'cellKey.variance',
    ],
    ['D not above js', (c: DisclosureConfig) => (c.cellKey.blockAtOrBelow = 5), 'cellKey.maxDeviation'],
    ['a warning after the limit', (c: DisclosureConfig) => (c.budget.warnAt = 1001), 'budget.warnAt'],
    ['crossed winsor quantiles', (c: DisclosureConfig) => (c.winsor.lowerQuantile = 0.6), 'winsor'],
    [
      'a fractional threshold',
      (c: DisclosureConfig) => (c.population.minUnits = 10.5),
      'population.minUnits',
    ],
    [
      'a share above 1',
      (c: DisclosureConfig) => (c.magnitude.dominance.maxShare = 1.2),
      'magnitude.dominance.maxShare',
    ],
  ])('rejects %s, naming the path', (_name, change, path) => {
    const parsed = parseDisclosureConfig(withChanges(change));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.join('\n')).toContain(path);
  });

  it('accepts the largest feasible variance just below the bound of the tightest row', () => {
    // Row 3 (js = 2, D = 5) has deviations -3..5, whose zero-mean variance is at most 3·5 = 15.
    expect(parseDisclosureConfig(withChanges((c) => (c.cellKey.variance = 14.9))).ok).toBe(true);
  });

  it('reports garbage without throwing', () => {
    expect(parseDisclosureConfig('nonsense').ok).toBe(false);
    expect(parseDisclosureConfig(null).ok).toBe(false);
  });
});
