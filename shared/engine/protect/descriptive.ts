import type { DisclosureConfig } from '../../disclosure/config';
import type { Output } from '../output';
import { protectAnova, type RawAnova } from './anova';
import {
  protectHexbin,
  protectHistogram,
  protectSankey,
  type RawHexbin,
  type RawHistogram,
  type RawSankey,
} from './chart';
import { protectBars, protectBox, type RawBars, type RawBox } from './chart-stats';
import { protectCorrelation, type RawCorrelation } from './correlation';
import { protectSummary, type RawSummary } from './summary';
import { protectCrossTable, type RawCrossTable } from './table';

/**
 * Raw results of the descriptive commands and graphs (one `kind` in the registry, told apart by `family`):
 * true aggregates with what their rules need, protected by the family's protector.
 */
export type RawDescriptive =
  | RawCrossTable
  | RawSummary
  | RawCorrelation
  | RawAnova
  | RawHistogram
  | RawHexbin
  | RawSankey
  | RawBars
  | RawBox;

/** Applies the rules of a descriptive result's family and returns what may be published. */
export function protectDescriptive(raw: RawDescriptive, config: DisclosureConfig): Output[] {
  switch (raw.family) {
    case 'cross-table':
      return protectCrossTable(raw, config);
    case 'summary':
      return protectSummary(raw, config);
    case 'correlation':
      return protectCorrelation(raw, config);
    case 'anova':
      return protectAnova(raw, config);
    case 'histogram':
      return protectHistogram(raw, config);
    case 'hexbin':
      return protectHexbin(raw, config);
    case 'sankey':
      return protectSankey(raw, config);
    case 'bars':
      return protectBars(raw, config);
    case 'box':
      return protectBox(raw, config);
  }
}
