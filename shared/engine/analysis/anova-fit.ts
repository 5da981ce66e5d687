import { Matrix, pseudoInverse } from 'ml-matrix';

/** One cell of the factors' cross-classification: its level index per factor and sums of the centred outcome. */
export interface AnovaCombo {
  levels: number[];
  n: number;
  /** Σ y and Σ y² of the (centred) outcome in the cell. */
  s1: number;
  s2: number;
}

/** Sums of squares of a main-effects ANOVA. */
export interface AnovaSums {
  total: number;
  model: number;
  residual: number;
  /** Partial (type III for main effects) sum of squares of each factor. */
  factors: number[];
  /** Degrees of freedom of each factor (rank of its dummies given the others). */
  factorDf: number[];
  modelDf: number;
}

// Dummy coding with the first level as reference; the design is constant within a combo, so X'X and X'y come
// from the combos' counts and sums alone (no unit-level data).
function residualSs(
  combos: AnovaCombo[],
  levelCounts: number[],
  include: boolean[],
): { rss: number; rank: number } {
  const columns: ((c: AnovaCombo) => number)[] = [() => 1];
  levelCounts.forEach((k, f) => {
    if (!include[f]) return;
    for (let l = 1; l < k; l++) columns.push((c) => (c.levels[f] === l ? 1 : 0));
  });
  const p = columns.length;
  const xtx = Matrix.zeros(p, p);
  const xty = Matrix.zeros(p, 1);
  let yty = 0;
  for (const c of combos) {
    const x = columns.map((col) => col(c));
    for (let a = 0; a < p; a++) {
      xty.set(a, 0, xty.get(a, 0) + (x[a] as number) * c.s1);
      for (let b = 0; b < p; b++) xtx.set(a, b, xtx.get(a, b) + c.n * (x[a] as number) * (x[b] as number));
    }
    yty += c.s2;
  }
  const beta = pseudoInverse(xtx).mmul(xty);
  const fitted = beta.transpose().mmul(xty).get(0, 0);
  const rank = matrixRank(xtx);
  return { rss: Math.max(0, yty - fitted), rank };
}

function matrixRank(m: Matrix): number {
  const pinv = pseudoInverse(m);
  // trace(A A⁺) is the rank of A.
  return Math.round(m.mmul(pinv).trace());
}

/** Fits the main-effects ANOVA from the cross-classified cell sums. */
export function anovaSums(combos: AnovaCombo[], levelCounts: number[]): AnovaSums {
  const all = levelCounts.map(() => true);
  const full = residualSs(combos, levelCounts, all);
  const n = combos.reduce((s, c) => s + c.n, 0);
  const s1 = combos.reduce((s, c) => s + c.s1, 0);
  const total = combos.reduce((s, c) => s + c.s2, 0) - (n > 0 ? (s1 * s1) / n : 0);
  const factors: number[] = [];
  const factorDf: number[] = [];
  levelCounts.forEach((_, f) => {
    const without = residualSs(
      combos,
      levelCounts,
      all.map((_, g) => g !== f),
    );
    factors.push(Math.max(0, without.rss - full.rss));
    factorDf.push(full.rank - without.rank);
  });
  return {
    total,
    model: Math.max(0, total - full.rss),
    residual: full.rss,
    factors,
    factorDf,
    modelDf: full.rank - 1,
  };
}
