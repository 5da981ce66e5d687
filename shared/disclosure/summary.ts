import type { DisclosureConfig } from './config';
import { allow, type Decision, suppress } from './decision';
import { invalidInput, isCount } from './inputs';
import { explain } from './messages';

/**
 * T7: a summary statistic (mean, standard deviation, percentile, correlation, a sum or mean in a volume table,
 * a group in `summarize ..., by()`) needs at least `summary.minUnits` units behind it, else it is suppressed.
 */
export function checkSummaryUnits(units: number, config: DisclosureConfig): Decision {
  if (!isCount(units)) return invalidInput('T7', config);
  if (units < config.summary.minUnits) return suppress('T7', explain('too-few-units', config));
  return allow('T7');
}
