import { describe, expect, it } from 'vitest';
import { checkChangedUnits } from './change-count';
import { defaultDisclosureConfig as config } from './config';

describe('checkChangedUnits (T6)', () => {
  it.each([
    [0, 5000, 'ok'],
    [5000, 5000, 'ok'],
    [10, 5000, 'ok'],
    [9, 5000, 'refuse'],
    [1, 5000, 'refuse'],
    [4990, 5000, 'ok'],
    [4991, 5000, 'refuse'],
    [4999, 5000, 'refuse'],
  ])('%i changed of %i: %s', (changed, total, outcome) => {
    expect(checkChangedUnits({ changed, total }, config).outcome).toBe(outcome);
  });

  it('explains itself as T6', () => {
    expect(checkChangedUnits({ changed: 1, total: 2000 }, config)).toMatchObject({
      rule: 'T6',
      code: 'change-singles-out',
    });
  });

  it('refuses more changes than units', () => {
    expect(checkChangedUnits({ changed: 11, total: 10 }, config)).toMatchObject({ code: 'invalid-input' });
  });
});
