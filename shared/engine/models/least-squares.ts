import type { Matrix } from 'ml-matrix';
import { modelError } from './errors';
import { independentColumns, invertSpd, pick } from './linalg';

/** Least squares solved from a cross-product matrix of [X, y] (y last): the k×k algebra only. */
export interface LeastSquares {
  kept: number[];
  dropped: number[];
  gamma: number[];
  /** (X'X)⁻¹ over the kept columns. */
  inverse: Matrix;
  /** Residual sum of squares y'y − γ'X'y. */
  ssr: number;
}

/** Drops collinear columns (in `order`), then solves X'X γ = X'y. */
export function leastSquares(cross: Matrix, order: readonly number[]): LeastSquares {
  const k = cross.rows - 1;
  const { kept, dropped } = independentColumns(cross, order);
  if (kept.length === 0)
    throw modelError('model-no-regressors', 'Ingen forklaringsvariabler igjen', 'No regressors are left');
  kept.sort((a, b) => a - b);
  const inverse = invertSpd(pick(cross, kept));
  const gamma = inverse.mmul(pick(cross, kept, [k])).getColumn(0);
  const xy = kept.map((i) => cross.get(i, k));
  const ssr = Math.max(0, cross.get(k, k) - gamma.reduce((s, g, i) => s + g * xy[i]!, 0));
  return { kept, dropped, gamma, inverse, ssr };
}
