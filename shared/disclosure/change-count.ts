import type { DisclosureConfig } from './config';
import { allow, type Decision, refuse } from './decision';
import { invalidInput, isCount } from './inputs';
import { explain } from './messages';

/** What a generate, replace or recode did to the dataset's units. */
export interface UnitChange {
  /** Units the command assigned to (see CONTEXT.md for why this counts assignments, not value changes). */
  changed: number;
  /** Units in the dataset. */
  total: number;
}

/**
 * T6: a command must change none, all, or at least `change.minUnits` units. The units it leaves alone are held
 * to the same bound, because changing all but one unit singles that one out just as well.
 */
export function checkChangedUnits(change: UnitChange, config: DisclosureConfig): Decision {
  const { changed, total } = change;
  if (!isCount(changed) || !isCount(total) || changed > total) return invalidInput('T6', config);
  const untouched = total - changed;
  const min = config.change.minUnits;
  const singlesOut = (changed > 0 && changed < min) || (untouched > 0 && untouched < min);
  if (changed > 0 && untouched > 0 && singlesOut) return refuse('T6', explain('change-singles-out', config));
  return allow('T6');
}
