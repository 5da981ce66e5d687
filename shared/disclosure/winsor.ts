import type { DisclosureConfig } from './config';
import { allow, type Decision, refuse } from './decision';
import { invalidInput, isCount } from './inputs';
import { explain } from './messages';
import { minUnitsForQuantiles } from './quantile-position';

/**
 * The fewest non-missing values a variable needs before T2 can winsorise it: with fewer, the interpolated
 * 1st or 99th percentile would give weight to the very smallest or largest value, so the clip bound (shown as
 * the variable's min or max) would carry one unit's extreme.
 */
export function winsorMinimumUnits(config: DisclosureConfig): number {
  return minUnitsForQuantiles([config.winsor.lowerQuantile, config.winsor.upperQuantile]);
}

/**
 * T2: descriptive output of a numeric variable (summaries, volume tables, graphs) uses values clipped to the
 * dataset-wide quantiles from `winsorBoundsSql`; this refuses the output when the variable has too few
 * non-missing values for those bounds to stay away from the extremes.
 */
export function checkWinsorBasis(nonMissing: number, config: DisclosureConfig): Decision {
  if (!isCount(nonMissing)) return invalidInput('T2', config);
  if (nonMissing < winsorMinimumUnits(config))
    return refuse('T2', explain('too-few-values-to-winsorise', config));
  return allow('T2');
}
