import { describe, expect, it } from 'vitest';
import { defaultDisclosureConfig as config } from './config';
import { checkDifferencing } from './differencing';

describe('checkDifferencing (DIFF)', () => {
  it('allows identical populations and differences of at least N on each side', () => {
    expect(checkDifferencing([], config).outcome).toBe('ok');
    expect(checkDifferencing([{ onlyInNew: 0, onlyInEarlier: 0 }], config).outcome).toBe('ok');
    expect(checkDifferencing([{ onlyInNew: 0, onlyInEarlier: 10 }], config).outcome).toBe('ok');
    expect(checkDifferencing([{ onlyInNew: 10, onlyInEarlier: 250 }], config).outcome).toBe('ok');
  });

  it('refuses a population one person away from an earlier one', () => {
    expect(checkDifferencing([{ onlyInNew: 0, onlyInEarlier: 1 }], config)).toMatchObject({
      outcome: 'refuse',
      rule: 'DIFF',
      code: 'population-too-close',
    });
    expect(checkDifferencing([{ onlyInNew: 9, onlyInEarlier: 0 }], config).outcome).toBe('refuse');
  });

  it('checks each side, so swapping a few units for a few others is refused', () => {
    expect(checkDifferencing([{ onlyInNew: 5, onlyInEarlier: 5 }], config).outcome).toBe('refuse');
  });

  it('compares against every earlier population', () => {
    const far = { onlyInNew: 0, onlyInEarlier: 500 };
    expect(checkDifferencing([far, far, { onlyInNew: 3, onlyInEarlier: 400 }], config).outcome).toBe(
      'refuse',
    );
  });

  it('refuses nonsense input', () => {
    expect(checkDifferencing([{ onlyInNew: -1, onlyInEarlier: 0 }], config).outcome).toBe('refuse');
  });
});
