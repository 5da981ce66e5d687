import type { DisclosureConfig } from './config';
import { allowValue, type Protected, suppress } from './decision';
import { invalidInput, isCount, isKeySum } from './inputs';
import { explain } from './messages';
import { deviationFor, perturbationTableFor, rowFor } from './ptable';

/** A count cell as the engine computes it in SQL (`countCellSql`). */
export interface CountCell {
  /** True number of units in the cell. */
  units: number;
  /** Σ floor(record key · 2^32) mod 2^32 over the cell's units (`cellKeySumSql`); null for an empty cell. */
  keySum: number | null;
}

/**
 * CK: the published value of a count. Empty cells stay 0; true counts 1..js are suppressed; larger counts get
 * the deviation that the cell key selects in the perturbation table row of their true count. The key is the
 * sum of the units' secret record keys, so the same units always give the same published count, in every
 * table, session and workspace, while a cell with one unit more or less has an unrelated key.
 */
export function perturbCount(cell: CountCell, config: DisclosureConfig): Protected<number> {
  const { units, keySum } = cell;
  if (!isCount(units)) return invalidInput('CK', config);
  if (units === 0) return allowValue('CK', 0);
  if (keySum === null || !isKeySum(keySum)) return invalidInput('CK', config);
  const row = rowFor(perturbationTableFor(config), units);
  if (!row) return suppress('CK', explain('small-count', config));
  return allowValue('CK', units + deviationFor(row, keySum));
}
