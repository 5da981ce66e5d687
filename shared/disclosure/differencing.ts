import type { DisclosureConfig } from './config';
import { allow, type Decision, refuse } from './decision';
import { invalidInput, isCount } from './inputs';
import { explain } from './messages';

/** How a new population compares with one earlier population of the same unit type in the workspace. */
export interface PopulationDifference {
  /** Units in the new population that were not in the earlier one. */
  onlyInNew: number;
  /** Units in the earlier population that are not in the new one. */
  onlyInEarlier: number;
}

/**
 * DIFF: refuses a population that differs from any earlier one by a few units. Each side of the difference is
 * checked on its own (0 or at least `differencing.minUnits`), which is stricter than the symmetric difference:
 * swapping 5 units in for 5 others would pass a symmetric test of 10 yet isolates two groups of 5.
 * Identical populations pass: consistent noise gives them identical outputs.
 */
export function checkDifferencing(
  differences: readonly PopulationDifference[],
  config: DisclosureConfig,
): Decision {
  const min = config.differencing.minUnits;
  for (const d of differences) {
    if (!isCount(d.onlyInNew) || !isCount(d.onlyInEarlier)) return invalidInput('DIFF', config);
    if ((d.onlyInNew > 0 && d.onlyInNew < min) || (d.onlyInEarlier > 0 && d.onlyInEarlier < min)) {
      return refuse('DIFF', explain('population-too-close', config));
    }
  }
  return allow('DIFF');
}
