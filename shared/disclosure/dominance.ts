import type { DisclosureConfig } from './config';
import { allow, type Decision, suppress } from './decision';
import { explain } from './messages';

/**
 * NK, the (n, k) dominance rule: a magnitude is suppressed when its `magnitude.dominance.topUnits` largest
 * absolute contributions exceed `magnitude.dominance.maxShare` of the total absolute contribution, since the
 * few dominant units (or one of them, knowing its own value) could then read the others off the total.
 * Inputs are the (winsorised) contributions' Σ|x| and the sum of the top-n |x| (`magnitudeCellSql`).
 * The defaults (2, 90 %) follow ACRO / ESSnet practice. With the default js = 2, MAG's equivalent-count rule
 * (largest contribution above a third of the total) already implies it; NK is kept independent of the cell
 * key settings so that lowering js (or a future magnitude method) never leaves dominance unchecked.
 */
export function checkDominance(absSum: number, topAbsSum: number, config: DisclosureConfig): Decision {
  if (absSum > 0 && topAbsSum > config.magnitude.dominance.maxShare * absSum) {
    return suppress('NK', explain('dominance', config));
  }
  return allow('NK');
}
