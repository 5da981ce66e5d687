import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { modelError } from './errors';

/** Relative pivot below which a column counts as a linear combination of the columns before it. */
const COLLINEAR_TOLERANCE = 1e-9;

/**
 * Which columns of a cross-product matrix to keep: in the given order, a column whose part not explained by the
 * kept ones (the Cholesky pivot, relative to its own sum of squares) is below the tolerance is dropped, as
 * Stata's _rmcoll does. Works on the scaled matrix so units of measurement do not matter.
 */
export function independentColumns(
  cross: Matrix,
  order: readonly number[],
): { kept: number[]; dropped: number[] } {
  const kept: number[] = [];
  const dropped: number[] = [];
  const L: number[][] = [];
  const scale = (i: number) => Math.sqrt(Math.abs(cross.get(i, i)));
  for (const j of order) {
    const sj = scale(j);
    if (!(sj > 0)) {
      dropped.push(j);
      continue;
    }
    const row: number[] = [];
    for (let a = 0; a < kept.length; a++) {
      const i = kept[a]!;
      let v = cross.get(i, j) / (scale(i) * sj);
      for (let b = 0; b < a; b++) v -= L[a]![b]! * row[b]!;
      row.push(v / L[a]![a]!);
    }
    let d = 1;
    for (const v of row) d -= v * v;
    if (d < COLLINEAR_TOLERANCE) {
      dropped.push(j);
      continue;
    }
    row.push(Math.sqrt(d));
    L.push(row);
    kept.push(j);
  }
  return { kept, dropped };
}

/** The sub-matrix of the given rows and columns. */
export function pick(m: Matrix, rows: readonly number[], cols: readonly number[] = rows): Matrix {
  return m.selection(rows as number[], cols as number[]);
}

/** The inverse of a symmetric positive definite matrix (Cholesky), scaled for conditioning. */
export function invertSpd(a: Matrix): Matrix {
  const k = a.rows;
  const d = Array.from({ length: k }, (_, i) => {
    const v = Math.abs(a.get(i, i));
    return v > 0 ? 1 / Math.sqrt(v) : 1;
  });
  const scaled = new Matrix(k, k);
  for (let i = 0; i < k; i++)
    for (let j = i; j < k; j++) {
      // Average the two triangles so rounding never makes the matrix asymmetric.
      const v = ((a.get(i, j) + a.get(j, i)) / 2) * d[i]! * d[j]!;
      scaled.set(i, j, v);
      scaled.set(j, i, v);
    }
  const chol = new CholeskyDecomposition(scaled);
  if (!chol.isPositiveDefinite())
    throw modelError(
      'model-singular',
      'Modellen kan ikke estimeres: matrisen er singulær',
      'The model cannot be estimated: the matrix is singular',
    );
  const inv = chol.solve(Matrix.eye(k));
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) inv.set(i, j, inv.get(i, j) * d[i]! * d[j]!);
  return inv;
}

/** A column vector from numbers. */
export function column(values: readonly number[]): Matrix {
  return Matrix.columnVector(values as number[]);
}

/** The numbers of a column vector. */
export function values(m: Matrix): number[] {
  return m.getColumn(0);
}

/** Quadratic form v' M v. */
export function quadratic(m: Matrix, v: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) for (let j = 0; j < v.length; j++) s += v[i]! * m.get(i, j) * v[j]!;
  return s;
}
