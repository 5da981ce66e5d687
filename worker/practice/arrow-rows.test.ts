import { describe, expect, it } from 'vitest';
import { decimalValue } from './arrow-rows';

describe('decimalValue', () => {
  it('places the point by the scale, keeping the sign and leading zeros', () => {
    expect(decimalValue('1250', 2)).toBe(12.5);
    expect(decimalValue('-5', 3)).toBe(-0.005);
    expect(decimalValue('0', 6)).toBe(0);
    expect(decimalValue('-123456789012345678', 6)).toBe(Number('-123456789012.345678'));
  });

  it('keeps scale 0 (HUGEINT) as an exact BigInt', () => {
    expect(decimalValue('9007199254740993', 0)).toBe(9007199254740993n);
  });

  it('refuses text that is not an unscaled integer', () => {
    expect(() => decimalValue('1.5', 1)).toThrow(/not an unscaled decimal/);
  });
});
