import { describe, expect, it } from 'vitest';
import { defaultDisclosureConfig as config } from './config';
import { checkOutputShape } from './listing';

describe('checkOutputShape (L1)', () => {
  it.each(['aggregate', 'binned'] as const)('allows %s output', (shape) => {
    expect(checkOutputShape(shape, config).outcome).toBe('ok');
  });

  it.each(['unit-rows', 'unit-values', 'points'] as const)('refuses %s', (shape) => {
    expect(checkOutputShape(shape, config)).toMatchObject({
      outcome: 'refuse',
      rule: 'L1',
      code: 'row-listing',
    });
  });
});
