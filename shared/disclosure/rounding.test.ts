import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundSignificant } from './rounding';

describe('roundSignificant (T8)', () => {
  it.each([
    [123_456, 123_000],
    [0.000123456, 0.000123],
    [-98_765, -98_800],
    [999.5, 1000],
    [999.4, 999],
    [1.005, 1],
    [2.5e21, 2.5e21],
    [1.2345e-10, 1.23e-10],
    [0, 0],
    [-0, 0],
    [7, 7],
    [-0.0004449, -0.000445],
  ])('%d → %d', (value, expected) => {
    expect(Object.is(roundSignificant(value, 3), expected)).toBe(true);
  });

  it('rounds halves away from zero on exactly representable halves', () => {
    expect(roundSignificant(0.125, 2)).toBe(0.13);
    expect(roundSignificant(-0.125, 2)).toBe(-0.13);
    expect(roundSignificant(12.5, 2)).toBe(13);
  });

  it('keeps at most the requested significant digits and moves less than half a unit in the last one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        (x, digits) => {
          const r = roundSignificant(x, digits);
          if (x === 0) {
            expect(r).toBe(0);
            return;
          }
          const unit = 10 ** (Math.floor(Math.log10(Math.abs(x))) - digits + 1);
          expect(Math.abs(r - x)).toBeLessThanOrEqual(unit / 2 + Math.abs(x) * 1e-15);
          expect(roundSignificant(r, digits)).toBe(r);
        },
      ),
    );
  });

  it('rejects what it cannot round', () => {
    expect(() => roundSignificant(Number.NaN, 3)).toThrow(RangeError);
    expect(() => roundSignificant(1, 0)).toThrow(RangeError);
  });
});
