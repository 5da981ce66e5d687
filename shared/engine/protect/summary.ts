import { perturbCount } from '../../disclosure/cell-key';
import type { DisclosureConfig } from '../../disclosure/config';
import { allowValue, type Protected, suppress } from '../../disclosure/decision';
import { checkOutputShape } from '../../disclosure/listing';
import type { MagnitudeCell } from '../../disclosure/magnitude';
import { perturbMean } from '../../disclosure/magnitude';
import { explain } from '../../disclosure/messages';
import { checkSummaryUnits } from '../../disclosure/summary';
import { checkWinsorBasis } from '../../disclosure/winsor';
import { chi2UpperTail, tQuantileUpper } from '../analysis/distributions';
import type { WinsorBounds } from '../analysis/winsor';
import type { Output } from '../output';
import type { Cell } from '../outputs/cell';
import type { PublishedTable } from '../outputs/table';
import { cellOf, NOTES, refusalOutput } from './cells';
import type { RawEnvelope } from './raw-envelope';
import { statisticCell, sumStatistic } from './volume-cell';

/** The true aggregates of one variable in one group, over its winsorised non-missing values. */
export interface SummaryRow {
  variable: string;
  /** Labels of the group (e.g. the panel date); empty without groups. */
  group: string[];
  magnitude: MagnitudeCell;
  sd: number | null;
  quantiles: Record<string, number | null>;
  gini: number | null;
  /** Population skewness m3 / m2^1.5 and kurtosis m4 / m2² (not excess), when asked for. */
  skewness: number | null;
  kurtosis: number | null;
}

/** A column of a summary: a statistic of summarize, or what ci and normaltest derive from published numbers. */
export type SummaryStatistic =
  | 'count'
  | 'mean'
  | 'sd'
  | 'min'
  | 'max'
  | 'median'
  | 'iqr'
  | 'gini'
  | `p${number}`
  | 'skewness'
  | 'kurtosis'
  | 'se'
  | 'ciLow'
  | 'ciHigh'
  | 'jb'
  | 'jbP';

/** Raw summary (summarize, summarize-panel, ci, normaltest): one row per variable and group. */
export interface RawSummary extends RawEnvelope {
  kind: 'descriptive';
  family: 'summary';
  title: string;
  groupDimensions: string[];
  statistics: SummaryStatistic[];
  rows: SummaryRow[];
  /** T2 facts per variable (dataset-wide). */
  bounds: Record<string, WinsorBounds>;
  /** ci: the confidence level in percent. */
  level?: number;
}

const LABELS: Record<string, string> = {
  count: 'Antall',
  mean: 'Gjennomsnitt',
  sd: 'Standardavvik',
  min: 'Min (winsorisert)',
  max: 'Maks (winsorisert)',
  median: 'Median',
  iqr: 'IQR',
  gini: 'Gini',
  skewness: 'Skjevhet',
  kurtosis: 'Kurtose',
  se: 'Standardfeil',
  ciLow: 'Nedre grense',
  ciHigh: 'Øvre grense',
  jb: 'Jarque-Bera',
  jbP: 'p-verdi',
};

/**
 * Protects a summary: T2 per variable (a variable with too few values for winsorising has its row suppressed),
 * N by CK on the contributors, the mean by MAG (published sum / published count), standard deviation, Gini and
 * moments under T7, percentiles under PCT/T7/T8, min and max as the T2 bounds. Standard errors, confidence
 * intervals and Jarque-Bera use the *published* N and mean, so they reveal no true count.
 */
export function protectSummary(raw: RawSummary, config: DisclosureConfig): Output[] {
  const l1 = checkOutputShape('aggregate', config);
  if (l1.outcome === 'refuse') return [refusalOutput(raw, l1)];
  const rows = raw.rows.map((row) => {
    const bounds = raw.bounds[row.variable] ?? { lower: null, upper: null, units: 0 };
    const t2 = checkWinsorBasis(bounds.units, config);
    if (t2.outcome !== 'ok')
      return { header: [row.variable, ...row.group], cells: raw.statistics.map(() => cellOf(t2, 'number')) };
    const volume = { variable: row.variable, bounds };
    const count = cellOf(
      perturbCount({ units: row.magnitude.units, keySum: row.magnitude.keySum }, config),
      'count',
    );
    const mean = perturbMean(row.magnitude, sumStatistic(row.variable), config);
    const t7 = checkSummaryUnits(row.magnitude.units, config);
    const exact = (value: number | null): Protected<number> => {
      if (t7.outcome !== 'ok') return t7;
      return value === null ? t7Suppressed(config) : allowValue('T7', value);
    };
    const se = (): Protected<number> => {
      const s = exact(row.sd);
      if (s.outcome !== 'ok') return s;
      return count.value ? allowValue('T7', s.value / Math.sqrt(count.value)) : t7Suppressed(config);
    };
    const ci = (side: -1 | 1): Protected<number> => {
      const e = se();
      if (e.outcome !== 'ok') return e;
      if (mean.outcome !== 'ok') return mean;
      const df = (count.value ?? 0) - 1;
      if (df < 1) return t7Suppressed(config);
      const t = tQuantileUpper((1 - (raw.level ?? 95) / 100) / 2, df);
      return allowValue('T7', mean.value + side * t * e.value);
    };
    const jb = (): Protected<number> => {
      const s = exact(row.skewness);
      const k = exact(row.kurtosis);
      if (s.outcome !== 'ok') return s;
      if (k.outcome !== 'ok') return k;
      return count.value
        ? allowValue('T7', (count.value / 6) * (s.value ** 2 + (k.value - 3) ** 2 / 4))
        : t7Suppressed(config);
    };
    const cells: Cell[] = raw.statistics.map((stat) => {
      switch (stat) {
        case 'count':
          return count;
        case 'mean':
          return cellOf(mean, 'number');
        case 'skewness':
          return cellOf(exact(row.skewness), 'number');
        case 'kurtosis':
          return cellOf(exact(row.kurtosis), 'number');
        case 'se':
          return cellOf(se(), 'number');
        case 'ciLow':
          return cellOf(ci(-1), 'number');
        case 'ciHigh':
          return cellOf(ci(1), 'number');
        case 'jb':
          return cellOf(jb(), 'number');
        case 'jbP': {
          const j = jb();
          return cellOf(j.outcome === 'ok' ? allowValue('T7', chi2UpperTail(j.value, 2)) : j, 'number');
        }
        default:
          return statisticCell(stat, row, volume, config);
      }
    });
    return { header: [row.variable, ...row.group], cells };
  });
  const table: PublishedTable = {
    title: raw.title,
    rowDimensions: ['variable', ...raw.groupDimensions],
    columns: raw.statistics.map((s) => ({ key: s, label: LABELS[s] ?? s.toUpperCase() })),
    rows,
    notes: [NOTES.perturbed, NOTES.magnitudes, NOTES.winsorized],
  };
  return [{ line: raw.line, command: raw.command, span: raw.span, kind: 'table', table }];
}

function t7Suppressed(config: DisclosureConfig): Protected<number> {
  return suppress('T7', explain('too-few-units', config));
}
