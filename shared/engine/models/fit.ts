import type { Matrix } from 'ml-matrix';
import type { LocalizedText } from '../../datastore/manifest';
import type { CountCell } from '../../disclosure/cell-key';
import type { CellFormat } from '../outputs/cell';

/** How coefficients are tested: Student's t with residual df, or the normal distribution. */
export type TestDistribution = { kind: 't'; df: number } | { kind: 'z' };

/** One line of a model's summary statistics ("R-squared", "Log likelihood", ...). */
export interface FitStatistic {
  label: string;
  /** A number, `'N'` (the sample size) or another count of units (groups), both published perturbed. */
  value: number | 'N' | { count: CountCell };
  format: CellFormat;
}

/** A fitted model, ready for its table: estimates in display order (the constant last). */
export interface Fit {
  labels: string[];
  estimate: number[];
  /** Covariance matrix of the estimates, same order. */
  vcov: Matrix;
  test: TestDistribution;
  /** Labels of columns left out because of collinearity. */
  dropped: string[];
  statistics: FitStatistic[];
  notes: LocalizedText[];
  /** Extra columns per coefficient (e.g. standardised beta), shown after the CI. */
  extra?: { key: string; label: string; values: number[] }[];
  /** Residual degrees of freedom for the disclosure rule (N − parameters). */
  residualDf: number;
}

/** Standard errors: square roots of the covariance diagonal. */
export function standardErrors(fit: Fit): number[] {
  return fit.estimate.map((_, i) => Math.sqrt(Math.max(0, fit.vcov.get(i, i))));
}

/**
 * Reorders estimates so the constant (index `constant` in `labels`) comes last, as Stata prints it, applying the
 * same permutation to the covariance matrix.
 */
export function constantLast(
  labels: string[],
  estimate: number[],
  vcov: Matrix,
  constant: number | null,
): { labels: string[]; estimate: number[]; vcov: Matrix } {
  if (constant === null) return { labels, estimate, vcov };
  const order = [...labels.keys()].filter((i) => i !== constant);
  order.push(constant);
  return {
    labels: order.map((i) => labels[i]!),
    estimate: order.map((i) => estimate[i]!),
    vcov: vcov.selection(order, order),
  };
}
