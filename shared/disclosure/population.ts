import type { DisclosureConfig } from './config';
import { allow, type Decision, refuse } from './decision';
import { invalidInput, isCount } from './inputs';
import { explain } from './messages';

/**
 * T1: an operation that changes a dataset's population (create-dataset + imports, keep if, drop if, sample) is
 * refused when the population would keep fewer than `population.minUnits` units; the dataset stays unchanged.
 */
export function checkPopulationSize(units: number, config: DisclosureConfig): Decision {
  if (!isCount(units)) return invalidInput('T1', config);
  if (units < config.population.minUnits) return refuse('T1', explain('population-too-small', config));
  return allow('T1');
}
