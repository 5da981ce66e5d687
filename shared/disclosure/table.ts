import type { DisclosureConfig } from './config';
import { allow, type Decision, refuse } from './decision';
import { invalidInput, isCount } from './inputs';
import { explain } from './messages';

/**
 * T5: a frequency table (tabulate, and every graph built from counts) is refused when more than
 * `table.maxLowCellShare` of its non-empty cells hold fewer than `table.lowCellBelow` units. Takes the true
 * counts. Empty cells are left out: they describe no unit, and counting them would refuse every sparse
 * cross-table while letting a table of mostly ones and twos through once padded with zeros.
 */
export function checkLowCellShare(trueCounts: readonly number[], config: DisclosureConfig): Decision {
  let nonEmpty = 0;
  let low = 0;
  for (const n of trueCounts) {
    if (!isCount(n)) return invalidInput('T5', config);
    if (n === 0) continue;
    nonEmpty++;
    if (n < config.table.lowCellBelow) low++;
  }
  if (nonEmpty > 0 && low / nonEmpty > config.table.maxLowCellShare) {
    return refuse('T5', explain('too-many-low-cells', config));
  }
  return allow('T5');
}
