import { describe, expect, it } from 'vitest';
import { defaultDisclosureConfig as config } from './config';
import { checkLowCellShare } from './table';

describe('checkLowCellShare (T5)', () => {
  it('allows exactly half the cells low and refuses more than half', () => {
    expect(checkLowCellShare([4, 4, 5, 5], config).outcome).toBe('ok');
    expect(checkLowCellShare([4, 4, 4, 5], config)).toMatchObject({
      outcome: 'refuse',
      rule: 'T5',
      code: 'too-many-low-cells',
    });
  });

  it('counts a cell of 5 as not low and 4 as low', () => {
    expect(checkLowCellShare([5, 5, 4], config).outcome).toBe('ok');
    expect(checkLowCellShare([4, 4, 5], config).outcome).toBe('refuse');
  });

  it('leaves empty cells out of the share', () => {
    expect(checkLowCellShare([1, 2, 100, 0, 0, 0, 0, 0], config).outcome).toBe('refuse');
    expect(checkLowCellShare([1, 100, 100, 0, 0], config).outcome).toBe('ok');
    expect(checkLowCellShare([0, 0], config).outcome).toBe('ok');
  });

  it('refuses nonsense counts', () => {
    expect(checkLowCellShare([10, -3], config)).toMatchObject({ code: 'invalid-input' });
  });
});
