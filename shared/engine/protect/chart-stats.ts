import { protectBoxPlot } from '../../disclosure/box-plot';
import { type CountCell, perturbCount } from '../../disclosure/cell-key';
import type { DisclosureConfig } from '../../disclosure/config';
import { checkOutputShape } from '../../disclosure/listing';
import { checkLowCellShare } from '../../disclosure/table';
import { checkWinsorBasis } from '../../disclosure/winsor';
import type { WinsorBounds } from '../analysis/winsor';
import type { Output } from '../output';
import type { Cell } from '../outputs/cell';
import { cellOf, firstRefusal, percentCell, refusalOutput } from './cells';
import type { RawEnvelope } from './raw-envelope';
import { type StatisticFacts, statisticCell } from './volume-cell';

/** One bar: a count cell (count, percent) or the facts of a statistic of a winsorised variable. */
export interface BarFacts extends StatisticFacts {
  variable: string;
  count: CountCell;
}

/** Raw bar or pie chart: categories × series of bars. */
export interface RawBars extends RawEnvelope {
  kind: 'descriptive';
  family: 'bars';
  chart: 'bar' | 'pie';
  title: string;
  /** `count`, `percent`, or a statistic of a numeric variable (mean, sum, median, pN, sd, iqr, min, max, gini). */
  statistic: string;
  categories: string[];
  series: { label: string; bars: BarFacts[] }[];
  bounds: Record<string, WinsorBounds>;
}

/** Raw box plot: quartiles of winsorised values per box and the variable's T2 bounds. */
export interface RawBox extends RawEnvelope {
  kind: 'descriptive';
  family: 'box';
  title: string;
  variable: string;
  bounds: WinsorBounds;
  boxes: { label: string; units: number; q1: number | null; median: number | null; q3: number | null }[];
}

const COUNTING = new Set(['count', 'percent']);

/**
 * Bar and pie charts: counts as tabulate (T5 and CK; percentages from published counts), statistics of
 * numeric variables as volume tables and summaries (T2, MAG, T7, PCT, T8).
 */
export function protectBars(raw: RawBars, config: DisclosureConfig): Output[] {
  const counting = COUNTING.has(raw.statistic);
  const bars = raw.series.flatMap((s) => s.bars);
  const refusal = firstRefusal(
    checkOutputShape('aggregate', config),
    ...(counting
      ? [
          checkLowCellShare(
            bars.map((b) => b.count.units),
            config,
          ),
        ]
      : Object.values(raw.bounds).map((b) => checkWinsorBasis(b.units, config))),
  );
  if (refusal) return [refusalOutput(raw, refusal)];
  const series = raw.series.map((s) => {
    const counts = s.bars.map((b) => cellOf(perturbCount(b.count, config), 'count'));
    const total: Cell = {
      value: counts.reduce((t, c) => t + (c.value ?? 0), 0),
      format: 'count',
      rule: 'CK',
    };
    const values = s.bars.map((b, i) => {
      if (raw.statistic === 'count') return counts[i] as Cell;
      if (raw.statistic === 'percent') return percentCell(counts[i] as Cell, total);
      const bounds = raw.bounds[b.variable] ?? { lower: null, upper: null, units: 0 };
      return statisticCell(raw.statistic, b, { variable: b.variable, bounds }, config);
    });
    return { label: s.label, values };
  });
  return [
    {
      line: raw.line,
      command: raw.command,
      span: raw.span,
      kind: 'chart',
      title: raw.title,
      chart: { type: raw.chart, measure: raw.statistic, categories: raw.categories, series },
    },
  ];
}

/** Box plots: T2, then PCT/T7/T8 per box; whiskers at 1.5 IQR stopped at the T2 bounds, never outliers. */
export function protectBox(raw: RawBox, config: DisclosureConfig): Output[] {
  const refusal = firstRefusal(
    checkOutputShape('aggregate', config),
    checkWinsorBasis(raw.bounds.units, config),
  );
  if (refusal) return [refusalOutput(raw, refusal)];
  const boxes = raw.boxes.map((b) => {
    const p = protectBoxPlot(
      {
        units: b.units,
        q1: b.q1 ?? Number.NaN,
        median: b.median ?? Number.NaN,
        q3: b.q3 ?? Number.NaN,
        lower: raw.bounds.lower ?? Number.NaN,
        upper: raw.bounds.upper ?? Number.NaN,
      },
      config,
    );
    const cell = (key: 'q1' | 'median' | 'q3' | 'whiskerLow' | 'whiskerHigh'): Cell =>
      p.outcome === 'ok' && Number.isFinite(p.value[key])
        ? { value: p.value[key], format: 'number', rule: 'T8' }
        : { value: null, format: 'number', rule: p.rule, ...(p.outcome !== 'ok' ? { code: p.code } : {}) };
    return {
      label: b.label,
      whiskerLow: cell('whiskerLow'),
      q1: cell('q1'),
      median: cell('median'),
      q3: cell('q3'),
      whiskerHigh: cell('whiskerHigh'),
    };
  });
  return [
    {
      line: raw.line,
      command: raw.command,
      span: raw.span,
      kind: 'chart',
      title: raw.title,
      chart: { type: 'box', variable: raw.variable, boxes },
    },
  ];
}
