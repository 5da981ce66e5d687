import type { DisclosureConfig } from './config';
import { allow, type Decision, refuse } from './decision';
import { explain } from './messages';

/**
 * What an output is made of: aggregates over groups of units (tables, statistics, estimates), binned graph data
 * (histogram bins, hexbin cells), or per-unit material (rows, single values, unbinned scatter points).
 */
export type OutputShape = 'aggregate' | 'binned' | 'unit-rows' | 'unit-values' | 'points';

/** L1: no output lists rows or single values; graphs show binned or aggregated data only. */
export function checkOutputShape(shape: OutputShape, config: DisclosureConfig): Decision {
  if (shape === 'aggregate' || shape === 'binned') return allow('L1');
  return refuse('L1', explain('row-listing', config));
}
