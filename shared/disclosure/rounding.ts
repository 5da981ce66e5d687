import type { DisclosureConfig } from './config';

/**
 * Rounds to `digits` significant digits, half away from zero, on the exact binary value (so 1.005, stored as
 * 1.00499…, becomes 1.00). `toPrecision` is specified exactly by ECMAScript, so every engine agrees. -0 becomes 0.
 */
export function roundSignificant(value: number, digits: number): number {
  if (!Number.isInteger(digits) || digits < 1 || digits > 100)
    throw new RangeError(`bad digit count ${digits}`);
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  if (value === 0) return 0;
  const rounded = Number(value.toPrecision(digits));
  return rounded === 0 ? 0 : rounded;
}

/** T8: rounds a median or percentile to the configured number of significant digits. */
export function roundForT8(value: number, config: DisclosureConfig): number {
  return roundSignificant(value, config.rounding.significantDigits);
}
