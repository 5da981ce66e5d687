import type { DisclosureConfig } from './config';
import { allowValue, type Protected } from './decision';
import { checkPercentile } from './percentile';
import { roundForT8 } from './rounding';

/** The aggregates behind one box: quartiles of the winsorised values, the T2 clip bounds, and the units. */
export interface BoxPlotInput {
  units: number;
  q1: number;
  median: number;
  q3: number;
  /** T2 clip bounds of the variable (dataset-wide p1 and p99). */
  lower: number;
  upper: number;
}

/** A box as it may be drawn: no outlier points, whiskers that are computed values, not data points. */
export interface ProtectedBox {
  q1: number;
  median: number;
  q3: number;
  whiskerLow: number;
  whiskerHigh: number;
}

/**
 * A box plot under PCT, T7, T2 and T8: the quartiles must pass the percentile rule; whiskers reach 1.5 IQR
 * beyond the box but stop at the clip bounds, and are those computed positions rather than the most extreme
 * observation inside them (Tukey's whisker ends on a real unit's value). Outliers are never drawn.
 */
export function protectBoxPlot(box: BoxPlotInput, config: DisclosureConfig): Protected<ProtectedBox> {
  for (const q of [0.25, 0.5, 0.75]) {
    const decision = checkPercentile(box.units, q, config);
    if (decision.outcome !== 'ok') return decision;
  }
  const iqr = box.q3 - box.q1;
  const round = (x: number) => roundForT8(x, config);
  return allowValue('PCT', {
    q1: round(box.q1),
    median: round(box.median),
    q3: round(box.q3),
    whiskerLow: round(Math.max(box.lower, box.q1 - 1.5 * iqr)),
    whiskerHigh: round(Math.min(box.upper, box.q3 + 1.5 * iqr)),
  });
}
