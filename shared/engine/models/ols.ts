import type { Matrix } from 'ml-matrix';
import type { SqlDatabase } from '../../sql/database';
import { quoteIdent, quoteNumber } from '../../sql/quote';
import type { Design } from './design';
import { fUpper } from './distributions';
import { modelError } from './errors';
import { constantLast, type Fit, type FitStatistic } from './fit';
import { independentColumns, invertSpd, pick, quadratic } from './linalg';
import {
  columnShifts,
  crossProducts,
  num,
  type SampleFacts,
  sampleSql,
  shifted,
  symmetricFrom,
} from './moments';
import { unshift } from './shift';

/** Variance estimators of regress. */
export interface OlsOptions {
  robust: boolean;
  /** Cluster variable (a column of the dataset), or null. */
  cluster: string | null;
  standardize: boolean;
}

/** The raw pieces of an OLS fit in the shifted space, reused by predictions and other estimators. */
export interface OlsCore {
  kept: number[];
  dropped: number[];
  /** Coefficients on the shifted kept columns. */
  gamma: number[];
  shifts: number[];
  yShift: number;
  /** (Z'Z)⁻¹ over the kept columns. */
  inverse: Matrix;
  ssr: number;
  tss: number;
  n: number;
  /** Position of the constant among the kept columns, or null. */
  constant: number | null;
  cross: Matrix;
}

/** Least squares from sums of cross-products (one aggregate query after the facts pass). */
export async function olsCore(db: SqlDatabase, design: Design, facts: SampleFacts): Promise<OlsCore> {
  const k = design.columns.length;
  const shifts = columnShifts(design, facts);
  const terms = [...design.columns.map((_, i) => shifted(i, shifts.x)), yShifted(shifts.y)];
  const cross = await crossProducts(db, sampleSql(design), terms, null);
  const order = [...Array(k).keys()];
  const { kept, dropped } = independentColumns(cross, order);
  if (kept.length === 0)
    throw modelError('model-no-regressors', 'Ingen forklaringsvariabler igjen', 'No regressors are left');
  const a = pick(cross, kept);
  const b = kept.map((i) => cross.get(i, k));
  const inverse = invertSpd(a);
  const gamma = inverse.mmul(pick(cross, kept, [k])).getColumn(0);
  const yy = cross.get(k, k);
  const ssr = Math.max(0, yy - gamma.reduce((s, g, i) => s + g * b[i]!, 0));
  const n = facts.n;
  const c = design.hasConstant ? kept.indexOf(0) : -1;
  // Centred TSS with a constant (y is shifted by its mean, up to rounding); uncentred without, as Stata.
  const ySum = design.hasConstant ? cross.get(0, k) : 0;
  const tss = design.hasConstant ? yy - (ySum * ySum) / n : yy;
  return {
    kept,
    dropped,
    gamma,
    shifts: kept.map((i) => shifts.x[i]!),
    yShift: shifts.y,
    inverse,
    ssr,
    tss,
    n,
    constant: c >= 0 ? c : null,
    cross,
  };
}

function yShifted(s: number): string {
  return s === 0 ? '"y"' : `("y" - ${quoteNumber(s)})`;
}

/** SQL of the residual in the shifted space for the kept columns. */
export function residualSql(core: OlsCore, allShifts: readonly number[]): string {
  const fitted = core.kept.map((col, j) => `${quoteNumber(core.gamma[j]!)} * ${shifted(col, allShifts)}`);
  return `(${yShifted(core.yShift)} - (${fitted.join(' + ')}))`;
}

/** Ordinary least squares with classical, HC1 or cluster-robust standard errors, as Stata's regress. */
export async function fitOls(
  db: SqlDatabase,
  design: Design,
  facts: SampleFacts,
  options: OlsOptions,
): Promise<Fit & { core: OlsCore }> {
  const core = await olsCore(db, design, facts);
  const { n, kept, ssr, tss, inverse } = core;
  const p = kept.length;
  const df = n - p;
  if (df <= 0)
    throw modelError(
      'model-no-residual-df',
      'For få enheter for antall parametre',
      'Too few units for the number of parameters',
    );
  const sigma2 = ssr / df;
  let vGamma = inverse.clone().mul(sigma2);
  let testDf = df;
  let clusters: number | null = null;
  const allShifts = columnShifts(design, facts).x;
  if (options.robust || options.cluster) {
    const e = residualSql(core, allShifts);
    const z = kept.map((col) => shifted(col, allShifts));
    let meat: Matrix;
    if (options.cluster) {
      const scores = z.map((zi, i) => `sum(${e} * ${zi}) AS "u${i}"`);
      const rel = `SELECT ${scores.join(', ')} FROM (${sampleSql(design, { g: quoteIdent(options.cluster) })}) GROUP BY "g"`;
      const list: string[] = ['count(*) AS "groups"'];
      for (let i = 0; i < p; i++)
        for (let j = i; j < p; j++) list.push(`sum("u${i}" * "u${j}") AS "c${i}_${j}"`);
      const [row] = await db.query(`SELECT ${list.join(', ')} FROM (${rel})`);
      meat = symmetricFrom(row, p, 'c');
      clusters = num(row?.groups);
      if (clusters < 2)
        throw modelError(
          'model-one-cluster',
          'cluster() trenger minst to grupper',
          'cluster() needs at least two groups',
        );
      meat.mul((clusters / (clusters - 1)) * ((n - 1) / df));
      testDf = clusters - 1;
    } else {
      meat = await crossProducts(db, sampleSql(design), z, `(${e} * ${e})`);
      meat.mul(n / df);
    }
    vGamma = inverse.mmul(meat).mmul(inverse);
  }
  const { beta, vcov } = unshift(core.gamma, vGamma, core.shifts, core.constant, core.yShift);
  const labels = kept.map((i) => design.columns[i]!.label);
  const ordered = constantLast(labels, beta, vcov, core.constant);
  const r2 = tss > 0 ? 1 - ssr / tss : Number.NaN;
  const statistics: FitStatistic[] = [{ label: 'Number of obs', value: 'N', format: 'count' }];
  const slopes = ordered.labels.map((_, i) => i).filter((i) => ordered.labels[i] !== '_cons');
  const q = slopes.length;
  if (q > 0) {
    let f: number;
    if (options.robust || options.cluster) {
      const vs = pick(ordered.vcov, slopes);
      f =
        quadratic(
          invertSpd(vs),
          slopes.map((i) => ordered.estimate[i]!),
        ) / q;
    } else f = (tss - ssr) / q / sigma2;
    const fOk = !(clusters !== null && q > clusters - 1);
    statistics.push(
      { label: `F(${q}, ${testDf})`, value: fOk ? f : Number.NaN, format: 'number' },
      { label: 'Prob > F', value: fOk ? fUpper(f, q, testDf) : Number.NaN, format: 'number' },
    );
  }
  statistics.push({ label: 'R-squared', value: r2, format: 'number' });
  const adj = design.hasConstant ? 1 - ((1 - r2) * (n - 1)) / df : 1 - ((1 - r2) * n) / df;
  statistics.push({ label: 'Adj R-squared', value: adj, format: 'number' });
  statistics.push({ label: 'Root MSE', value: Math.sqrt(sigma2), format: 'number' });
  if (clusters !== null)
    statistics.push({ label: `Clusters (${options.cluster})`, value: clusters, format: 'count' });
  const fit: Fit & { core: OlsCore } = {
    core,
    labels: ordered.labels,
    estimate: ordered.estimate,
    vcov: ordered.vcov,
    test: { kind: 't', df: testDf },
    dropped: core.dropped.map((i) => design.columns[i]!.label),
    statistics: statistics.filter((s) => typeof s.value !== 'number' || !Number.isNaN(s.value)),
    notes: [],
    residualDf: df,
  };
  if (options.robust && !options.cluster)
    fit.notes.push({ nb: 'Robuste standardfeil (HC1)', en: 'Robust standard errors (HC1)' });
  if (options.cluster)
    fit.notes.push({
      nb: `Standardfeil justert for ${clusters} grupper i ${options.cluster}`,
      en: `Standard errors adjusted for ${clusters} clusters in ${options.cluster}`,
    });
  if (options.standardize)
    fit.extra = [
      {
        key: 'beta',
        label: 'Beta',
        values: standardized(core, design, facts, ordered.labels, ordered.estimate),
      },
    ];
  return fit;
}

/** Standardised coefficients bⱼ·sd(xⱼ)/sd(y) (Stata's beta), from the sums of squares of the shifted columns. */
function standardized(
  core: OlsCore,
  design: Design,
  facts: SampleFacts,
  labels: readonly string[],
  beta: readonly number[],
): number[] {
  const n = core.n;
  const k = design.columns.length;
  const shifts = columnShifts(design, facts);
  const variance = (i: number, mean: number, shift: number) => {
    const m = mean - shift;
    return (core.cross.get(i, i) - n * m * m) / (n - 1);
  };
  const sdY = Math.sqrt(variance(k, facts.yMean, shifts.y));
  return labels.map((label, j) => {
    const col = design.columns.findIndex((c) => c.label === label);
    if (label === '_cons' || col < 0) return Number.NaN;
    return (beta[j]! * Math.sqrt(variance(col, facts.means[col]!, shifts.x[col]!))) / sdY;
  });
}
