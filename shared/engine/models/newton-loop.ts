import { Matrix } from 'ml-matrix';
import { invertSpd } from './linalg';

/** Log likelihood, gradient and observed information at a parameter vector (one aggregate query). */
export interface Evaluation {
  ll: number;
  gradient: number[];
  information: Matrix;
}

/** Outcome of a Newton–Raphson run. */
export interface NewtonRun {
  params: number[];
  at: Evaluation;
  start: Evaluation;
  iterations: number;
  converged: boolean;
}

/**
 * Newton–Raphson with step halving for any likelihood whose pieces come from `evaluate` (SQL aggregates):
 * stops when the Newton decrement g'I⁻¹g is negligible or the log likelihood stops changing.
 */
export async function runNewton(
  evaluate: (params: readonly number[]) => Promise<Evaluation>,
  start: readonly number[],
  maxIterations = 100,
): Promise<NewtonRun> {
  let params = [...start];
  let current = await evaluate(params);
  const first = current;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    const step = invertSpd(current.information).mmul(Matrix.columnVector(current.gradient)).getColumn(0);
    const decrement = step.reduce((s, d, i) => s + d * current.gradient[i]!, 0);
    if (decrement < 1e-18 * (1 + Math.abs(current.ll))) {
      converged = true;
      break;
    }
    let scale = 1;
    let next: Evaluation | null = null;
    let candidate = params;
    for (let halving = 0; halving < 30; halving++) {
      candidate = params.map((g, i) => g + scale * step[i]!);
      next = await evaluate(candidate);
      if (Number.isFinite(next.ll) && next.ll >= current.ll - 1e-12 * Math.abs(current.ll)) break;
      scale /= 2;
      next = null;
    }
    iterations++;
    if (!next) break;
    const change = Math.abs(next.ll - current.ll);
    params = candidate;
    current = next;
    if (change <= 1e-15 * Math.abs(current.ll) && decrement < 1e-10 * (1 + Math.abs(current.ll))) {
      converged = true;
      break;
    }
  }
  return { params, at: current, start: first, iterations, converged };
}
