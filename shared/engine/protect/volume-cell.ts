import type { DisclosureConfig } from '../../disclosure/config';
import { allowValue, type Protected, suppress } from '../../disclosure/decision';
import type { MagnitudeCell } from '../../disclosure/magnitude';
import { perturbMean, perturbSum } from '../../disclosure/magnitude';
import { explain } from '../../disclosure/messages';
import { protectPercentile } from '../../disclosure/percentile';
import { roundForT8 } from '../../disclosure/rounding';
import { checkSummaryUnits } from '../../disclosure/summary';
import type { WinsorBounds } from '../analysis/winsor';
import type { Cell } from '../outputs/cell';
import { cellOf } from './cells';

/** Statistics of a numeric variable that volume tables, summaries and bar charts publish. */
export type VolumeStatistic =
  | 'sum'
  | 'mean'
  | 'sd'
  | 'min'
  | 'max'
  | 'median'
  | 'p25'
  | 'p50'
  | 'p75'
  | 'iqr'
  | 'gini';

/** The true aggregates one statistic cell may need (over winsorised values). */
export interface StatisticFacts {
  magnitude?: MagnitudeCell;
  sd?: number | null;
  quantiles?: Record<string, number | null>;
  gini?: number | null;
}

/** The magnitude statistic name shared by sums and means, so a mean is exactly published sum / published count. */
export function sumStatistic(variable: string): string {
  return `sum:${variable}`;
}

/** Parses `pN` (1..99) into the quantile N/100, or null. */
export function percentileOf(name: string): number | null {
  if (name === 'median') return 0.5;
  const m = /^p(\d{1,2})$/.exec(name);
  return m && Number(m[1]) >= 1 ? Number(m[1]) / 100 : null;
}

/**
 * One published statistic of a winsorised variable in a group: sums and means through MAG, standard deviation and
 * Gini under T7, percentiles under PCT/T7/T8, min and max as the dataset-wide T2 bounds (never a group's own
 * extreme), the IQR from the two published quartiles.
 */
export function statisticCell(
  statistic: string,
  facts: StatisticFacts,
  volume: { variable: string; bounds: WinsorBounds } | null,
  config: DisclosureConfig,
): Cell {
  return cellOf(protectStatistic(statistic, facts, volume, config), 'number');
}

function protectStatistic(
  statistic: string,
  facts: StatisticFacts,
  volume: { variable: string; bounds: WinsorBounds } | null,
  config: DisclosureConfig,
): Protected<number> {
  const mag = facts.magnitude;
  if (!mag || !volume) return suppress('T7', explain('invalid-input', config, { rule: 'T7' }));
  const units = mag.units;
  const t7 = checkSummaryUnits(units, config);
  switch (statistic) {
    case 'sum':
      return perturbSum(mag, sumStatistic(volume.variable), config);
    case 'mean':
      return perturbMean(mag, sumStatistic(volume.variable), config);
    case 'sd':
    case 'gini': {
      if (t7.outcome !== 'ok') return t7;
      const value = statistic === 'sd' ? facts.sd : facts.gini;
      if (value === null || value === undefined || !Number.isFinite(value))
        return suppress('T7', explain('too-few-units', config));
      return allowValue('T7', value);
    }
    case 'min':
    case 'max': {
      if (t7.outcome !== 'ok') return t7;
      const bound = statistic === 'min' ? volume.bounds.lower : volume.bounds.upper;
      if (bound === null) return suppress('T7', explain('too-few-units', config));
      return allowValue('T2', roundForT8(bound, config));
    }
    case 'iqr': {
      const q1 = protectPercentile(facts.quantiles?.p25 ?? Number.NaN, units, 0.25, config);
      const q3 = protectPercentile(facts.quantiles?.p75 ?? Number.NaN, units, 0.75, config);
      if (q1.outcome !== 'ok') return q1;
      if (q3.outcome !== 'ok') return q3;
      return allowValue('T8', q3.value - q1.value);
    }
    default: {
      const q = percentileOf(statistic);
      if (q === null) throw new Error(`unknown statistic ${statistic}`);
      const key = statistic === 'median' ? 'p50' : statistic;
      return protectPercentile(facts.quantiles?.[key] ?? Number.NaN, units, q, config);
    }
  }
}

/** A volume-table cell: `statisticCell` for a cross-table cell's facts. */
export function volumeCell(
  statistic: VolumeStatistic,
  facts: StatisticFacts,
  volume: { variable: string; bounds: WinsorBounds } | null,
  config: DisclosureConfig,
): Cell {
  return statisticCell(statistic, facts, volume, config);
}
