import { describe, expect, it } from 'vitest';
import { defaultDisclosureConfig as config } from './config';
import { checkPopulationSize } from './population';

describe('checkPopulationSize (T1)', () => {
  it('allows exactly the minimum and refuses one below', () => {
    expect(checkPopulationSize(1000, config)).toEqual({ outcome: 'ok', rule: 'T1' });
    expect(checkPopulationSize(999, config)).toMatchObject({
      outcome: 'refuse',
      rule: 'T1',
      code: 'population-too-small',
    });
    expect(checkPopulationSize(0, config).outcome).toBe('refuse');
  });

  it('follows the configured threshold', () => {
    const strict = { ...config, population: { minUnits: 5000 } };
    expect(checkPopulationSize(4999, strict).outcome).toBe('refuse');
    expect(checkPopulationSize(5000, strict).outcome).toBe('ok');
  });

  it('refuses nonsense input', () => {
    for (const n of [-1, 1000.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(checkPopulationSize(n, config)).toMatchObject({ outcome: 'refuse', code: 'invalid-input' });
    }
  });
});
