import type { DisclosureConfig } from './config';
import { allow, allowValue, type Decision, type Protected, suppress } from './decision';
import { invalidInput, isCount } from './inputs';
import { explain } from './messages';
import { touchesExtremes } from './quantile-position';
import { roundForT8 } from './rounding';
import { checkSummaryUnits } from './summary';

/**
 * PCT (with T7): a percentile q (0..1, type-7 as `quantile_cont`) over `units` values is shown only when T7
 * holds and its interpolation gives no weight to the group's smallest or largest value, so a percentile is
 * never a real min or max. q = 0 and q = 1 (min and max) are therefore always suppressed; show the T2 clip
 * bounds instead.
 */
export function checkPercentile(units: number, q: number, config: DisclosureConfig): Decision {
  if (!isCount(units) || !(q >= 0 && q <= 1)) return invalidInput('PCT', config);
  const t7 = checkSummaryUnits(units, config);
  if (t7.outcome !== 'ok') return t7;
  if (touchesExtremes(units, q)) return suppress('PCT', explain('percentile-at-extreme', config));
  return allow('PCT');
}

/** PCT, T7 and T8 together: the percentile value to show, rounded to significant digits, or why not. */
export function protectPercentile(
  value: number,
  units: number,
  q: number,
  config: DisclosureConfig,
): Protected<number> {
  const decision = checkPercentile(units, q, config);
  if (decision.outcome !== 'ok') return decision;
  if (!Number.isFinite(value)) return invalidInput('T8', config);
  return allowValue('T8', roundForT8(value, config));
}
