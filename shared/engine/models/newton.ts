import { Matrix } from 'ml-matrix';
import type { SqlDatabase } from '../../sql/database';
import { quoteNumber } from '../../sql/quote';
import { modelError } from './errors';
import type { Family } from './families';
import { independentColumns, invertSpd } from './linalg';
import { num, symmetricFrom } from './moments';

/** Result of a Newton–Raphson maximisation over SQL aggregates. */
export interface NewtonResult {
  /** Estimates on the kept columns (same order as `kept`). */
  gamma: number[];
  /** Observed information (−Hessian) at the estimates, over the kept columns. */
  information: Matrix;
  ll: number;
  /** Log likelihood at the start values (the constant-only model when started there). */
  llStart: number;
  iterations: number;
  converged: boolean;
  kept: number[];
  dropped: number[];
}

/** Options of `maximize`. */
export interface NewtonOptions {
  /** SQL added to the linear predictor (an offset column of the relation, e.g. `"off"`), or null. */
  offset: string | null;
  maxIterations: number;
  /** Column positions of the constant (kept first when collinearity is resolved), or null. */
  constant: number | null;
}

interface Evaluation {
  ll: number;
  gradient: number[];
  information: Matrix;
}

/**
 * Maximises a family's log likelihood by Newton–Raphson with step halving. `relation` yields the shifted columns
 * `z0..z{k−1}` and `y`; each iteration is one aggregate query returning the log likelihood, the gradient and
 * the information matrix; only the k×k solve runs here. Columns that are collinear at the start are dropped.
 */
export async function maximize(
  db: SqlDatabase,
  relation: string,
  k: number,
  family: Family,
  start: readonly number[],
  options: NewtonOptions,
): Promise<NewtonResult> {
  let columns = [...Array(k).keys()];
  let gamma = [...start];
  let current = await evaluate(db, relation, columns, gamma, family, options.offset);
  const llStart = current.ll;
  const order =
    options.constant === null
      ? columns
      : [options.constant, ...columns.filter((c) => c !== options.constant)];
  const { kept, dropped } = independentColumns(current.information, order);
  kept.sort((a, b) => a - b);
  if (dropped.length > 0) {
    const positions = kept.map((c) => columns.indexOf(c));
    gamma = positions.map((p) => gamma[p]!);
    columns = kept;
    current = await evaluate(db, relation, columns, gamma, family, options.offset);
  }
  let iterations = 0;
  let converged = false;
  while (iterations < options.maxIterations) {
    const inverse = invertSpd(current.information);
    const step = inverse.mmul(Matrix.columnVector(current.gradient)).getColumn(0);
    const decrement = step.reduce((s, d, i) => s + d * current.gradient[i]!, 0);
    if (decrement < 1e-18 * (1 + Math.abs(current.ll))) {
      converged = true;
      break;
    }
    let scale = 1;
    let next: Evaluation | null = null;
    let candidate = gamma;
    for (let halving = 0; halving < 30; halving++) {
      candidate = gamma.map((g, i) => g + scale * step[i]!);
      next = await evaluate(db, relation, columns, candidate, family, options.offset);
      if (Number.isFinite(next.ll) && next.ll >= current.ll - 1e-12 * Math.abs(current.ll)) break;
      scale /= 2;
      next = null;
    }
    iterations++;
    if (!next) break;
    const change = Math.abs(next.ll - current.ll);
    gamma = candidate;
    current = next;
    if (change <= 1e-15 * Math.abs(current.ll) && decrement < 1e-10 * (1 + Math.abs(current.ll))) {
      converged = true;
      break;
    }
  }
  return {
    gamma,
    information: current.information,
    ll: current.ll,
    llStart,
    iterations,
    converged,
    kept: columns,
    dropped,
  };
}

/** The linear predictor Σ γⱼ·zⱼ (+ offset) as SQL. */
export function etaSql(columns: readonly number[], gamma: readonly number[], offset: string | null): string {
  const parts = columns.map((c, i) => `${quoteNumber(gamma[i]!)} * "z${c}"`);
  if (offset) parts.push(offset);
  return parts.length > 0 ? parts.join(' + ') : '0.0';
}

/** Wraps `relation` in the family's layers after computing "eta". */
export function familyRelation(relation: string, eta: string, family: Family): string {
  let sql = `SELECT *, ${eta} AS "eta" FROM (${relation})`;
  for (const layer of family.layers) sql = `SELECT *, ${layer.join(', ')} FROM (${sql})`;
  return sql;
}

async function evaluate(
  db: SqlDatabase,
  relation: string,
  columns: readonly number[],
  gamma: readonly number[],
  family: Family,
  offset: string | null,
): Promise<Evaluation> {
  const p = columns.length;
  const list = ['sum("ll") AS "ll"'];
  for (let i = 0; i < p; i++) list.push(`sum("s" * "z${columns[i]}") AS "g${i}"`);
  for (let i = 0; i < p; i++)
    for (let j = i; j < p; j++) list.push(`sum("w" * "z${columns[i]}" * "z${columns[j]}") AS "c${i}_${j}"`);
  const sql = `SELECT ${list.join(', ')} FROM (${familyRelation(relation, etaSql(columns, gamma, offset), family)})`;
  const [row] = await db.query(sql);
  if (!row) throw modelError('model-no-observations', 'Ingen observasjoner', 'No observations');
  const ll = row.ll === null ? Number.NaN : num(row.ll);
  return {
    ll,
    gradient: columns.map((_, i) => num(row[`g${i}`])),
    information: symmetricFrom(row, p, 'c'),
  };
}
