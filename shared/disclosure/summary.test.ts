import { describe, expect, it } from 'vitest';
import { defaultDisclosureConfig as config } from './config';
import { checkSummaryUnits } from './summary';

describe('checkSummaryUnits (T7)', () => {
  it('allows 10 units and suppresses 9', () => {
    expect(checkSummaryUnits(10, config)).toEqual({ outcome: 'ok', rule: 'T7' });
    expect(checkSummaryUnits(9, config)).toMatchObject({
      outcome: 'suppress',
      rule: 'T7',
      code: 'too-few-units',
    });
    expect(checkSummaryUnits(0, config).outcome).toBe('suppress');
  });
});
