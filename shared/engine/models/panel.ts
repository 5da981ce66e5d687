import { Matrix } from 'ml-matrix';
import type { CountCell } from '../../disclosure/cell-key';
import type { SqlDatabase, SqlRow } from '../../sql/database';
import { quoteNumber } from '../../sql/quote';
import type { Design } from './design';
import { fUpper } from './distributions';
import { modelError } from './errors';
import { constantLast, type Fit, type FitStatistic } from './fit';
import { leastSquares } from './least-squares';
import { invertSpd, pick, quadratic } from './linalg';
import { columnShifts, num, type SampleFacts, sampleSql, shifted } from './moments';
import { unshift } from './shift';

/** Panel estimators of regress-panel. */
export type PanelEffects = 'fe' | 're' | 'be';

/** Sums per unit, aggregated once more: everything fe, be and re need (two scans of the sample at most). */
interface PanelSums {
  groups: number;
  groupKeySum: number | null;
  observations: number;
  /** Σ over units of 1/Tᵢ. */
  inverseT: number;
  /** Within cross-products over [const, x…, y] (constant row: NT, 0…). */
  within: Matrix;
  /** Cross-products of unit means over [const, x…, y]. */
  means: Matrix;
}

const KEY_SPACE = '4294967296';

function unitRelation(design: Design, facts: SampleFacts): { sql: string; k: number } {
  const shifts = columnShifts(design, facts);
  const k = design.columns.length + 1;
  const z = [
    ...design.columns.map((_, i) => shifted(i, shifts.x)),
    shifts.y === 0 ? '"y"' : `("y" - ${quoteNumber(shifts.y)})`,
  ];
  const list = ['count(*) AS "n"', 'min("k") AS "key"'];
  for (let j = 0; j < k; j++) list.push(`sum(${z[j]}) AS "s${j}"`);
  for (let j = 0; j < k; j++) for (let l = j; l < k; l++) list.push(`sum(${z[j]} * ${z[l]}) AS "c${j}_${l}"`);
  return { sql: `SELECT ${list.join(', ')} FROM (${sampleSql(design, { u: '"@unit"' })}) GROUP BY "u"`, k };
}

async function panelSums(db: SqlDatabase, design: Design, facts: SampleFacts): Promise<PanelSums> {
  const { sql, k } = unitRelation(design, facts);
  const list = [
    'count(*) AS "groups"',
    `CAST(sum("key") % ${KEY_SPACE} AS BIGINT) AS "gkey"`,
    'sum("n") AS "obs"',
    'sum(1.0 / "n") AS "invn"',
  ];
  for (let j = 0; j < k; j++)
    for (let l = j; l < k; l++)
      list.push(
        `sum("c${j}_${l}") - sum("s${j}" * "s${l}" / "n") AS "w${j}_${l}"`,
        `sum(("s${j}" / "n") * ("s${l}" / "n")) AS "m${j}_${l}"`,
      );
  const [row] = await db.query(`SELECT ${list.join(', ')} FROM (${sql})`);
  const within = matrixFrom(row, k, 'w');
  // The constant has no within variation; its row carries NT so the grand-mean intercept can be recovered.
  for (let j = 0; j < k; j++) {
    within.set(0, j, 0);
    within.set(j, 0, 0);
  }
  within.set(0, 0, num(row?.obs));
  return {
    groups: num(row?.groups),
    groupKeySum: row?.gkey === null || row?.gkey === undefined ? null : num(row.gkey),
    observations: num(row?.obs),
    inverseT: num(row?.invn),
    within,
    means: matrixFrom(row, k, 'm'),
  };
}

function matrixFrom(row: SqlRow | undefined, k: number, prefix: string): Matrix {
  const m = new Matrix(k, k);
  for (let j = 0; j < k; j++)
    for (let l = j; l < k; l++) {
      const v = num(row?.[`${prefix}${j}_${l}`]);
      m.set(j, l, v);
      m.set(l, j, v);
    }
  return m;
}

/** A panel fit with the pieces hausman and predictions need. */
export interface PanelFit extends Fit {
  groups: CountCell;
  sigmaE: number;
  sigmaU: number;
  /** re: the quasi-demeaning parameter's variance ratio pieces (σ_u², σ_e²). */
  effects: PanelEffects;
}

/** Fixed (within), between or random (Swamy–Arora GLS) effects, as Stata's xtreg. */
export async function fitPanel(
  db: SqlDatabase,
  design: Design,
  facts: SampleFacts,
  effects: PanelEffects,
): Promise<PanelFit> {
  if (!design.hasConstant)
    throw modelError(
      'model-panel-noconstant',
      'regress-panel støtter ikke noconstant',
      'regress-panel does not support noconstant',
    );
  const sums = await panelSums(db, design, facts);
  const k = design.columns.length;
  const order = [...Array(k).keys()];
  const shifts = columnShifts(design, facts);
  const G = sums.groups;
  const NT = sums.observations;
  const fe = leastSquares(sums.within, order);
  const slopesFe = fe.kept.filter((i) => i !== 0).length;
  const dfFe = NT - G - slopesFe;
  if (dfFe <= 0 && effects !== 'be')
    throw modelError(
      'model-no-residual-df',
      'For få observasjoner per enhet',
      'Too few observations per unit',
    );
  const sigmaE2 = fe.ssr / dfFe;
  const be = leastSquares(sums.means, order);
  const dfBe = G - be.kept.length;
  const tBar = G / sums.inverseT;
  const sigmaU2Re = Math.max(0, be.ssr / dfBe - sigmaE2 / tBar);
  const groups: CountCell = { units: G, keySum: sums.groupKeySum };
  let solved = fe;
  let vGamma: Matrix;
  let test: Fit['test'];
  let residualDf: number;
  const statistics: FitStatistic[] = [
    { label: 'Number of obs', value: 'N', format: 'count' },
    { label: 'Number of groups', value: { count: { units: G, keySum: sums.groupKeySum } }, format: 'count' },
  ];
  let sigmaU: number;
  if (effects === 'fe') {
    vGamma = fe.inverse.clone().mul(sigmaE2);
    test = { kind: 't', df: dfFe };
    residualDf = dfFe;
    // σ_u: spread of the estimated unit effects ȳᵢ − x̄ᵢ'β around their mean.
    const v = [...Array(k + 1)].map(() => 0);
    v[k] = 1;
    fe.kept.forEach((col, j) => {
      if (col !== 0) v[col] = -fe.gamma[j]!;
    });
    const sumU =
      sums.means.get(0, k) -
      fe.kept.reduce((s, col, j) => (col === 0 ? s : s + fe.gamma[j]! * sums.means.get(0, col)), 0);
    const sumU2 = quadratic(
      sums.means.subMatrix(0, k, 0, k),
      v.map((x, i) => (i === 0 ? 0 : x)),
    );
    sigmaU = Math.sqrt(Math.max(0, (sumU2 - (sumU * sumU) / G) / (G - 1)));
    statistics.push({ label: 'R-sq within', value: 1 - fe.ssr / sums.within.get(k, k), format: 'number' });
  } else if (effects === 'be') {
    solved = be;
    vGamma = be.inverse.clone().mul(be.ssr / dfBe);
    test = { kind: 't', df: dfBe };
    residualDf = dfBe;
    sigmaU = Math.sqrt(sigmaU2Re);
    const tss = sums.means.get(k, k) - (sums.means.get(0, k) * sums.means.get(0, k)) / G;
    statistics.push({ label: 'R-sq between', value: 1 - be.ssr / tss, format: 'number' });
  } else {
    const theta = (n: string) =>
      `(1.0 - sqrt(${quoteNumber(sigmaE2)} / (${n} * ${quoteNumber(sigmaU2Re)} + ${quoteNumber(sigmaE2)})))`;
    const { sql } = unitRelation(design, facts);
    const list: string[] = [];
    for (let j = 0; j <= k; j++)
      for (let l = j; l <= k; l++)
        list.push(`sum("c${j}_${l}" - (2.0 * "th" - "th" * "th") * "s${j}" * "s${l}" / "n") AS "r${j}_${l}"`);
    const [row] = await db.query(
      `SELECT ${list.join(', ')} FROM (SELECT *, ${theta('"n"')} AS "th" FROM (${sql}))`,
    );
    solved = leastSquares(matrixFrom(row, k + 1, 'r'), order);
    vGamma = solved.inverse.clone().mul(sigmaE2);
    test = { kind: 'z' };
    residualDf = NT - solved.kept.length;
    sigmaU = Math.sqrt(sigmaU2Re);
  }
  const constant = solved.kept.indexOf(0);
  const { beta, vcov } = unshift(
    solved.gamma,
    vGamma,
    solved.kept.map((i) => shifts.x[i]!),
    constant >= 0 ? constant : null,
    shifts.y,
  );
  const labels = solved.kept.map((i) => design.columns[i]!.label);
  const ordered = constantLast(labels, beta, vcov, constant >= 0 ? constant : null);
  const slopes = ordered.labels.map((_, i) => i).filter((i) => ordered.labels[i] !== '_cons');
  if (slopes.length > 0) {
    const wald = quadratic(
      invertSpd(pick(ordered.vcov, slopes)),
      slopes.map((i) => ordered.estimate[i]!),
    );
    const q = slopes.length;
    if (test.kind === 't')
      statistics.push(
        { label: `F(${q}, ${test.df})`, value: wald / q, format: 'number' },
        { label: 'Prob > F', value: fUpper(wald / q, q, test.df), format: 'number' },
      );
    else statistics.push({ label: `Wald chi2(${q})`, value: wald, format: 'number' });
  }
  const sigmaE = Math.sqrt(sigmaE2);
  statistics.push(
    { label: 'sigma_u', value: sigmaU, format: 'number' },
    { label: 'sigma_e', value: sigmaE, format: 'number' },
    { label: 'rho', value: (sigmaU * sigmaU) / (sigmaU * sigmaU + sigmaE2), format: 'number' },
  );
  return {
    labels: ordered.labels,
    estimate: ordered.estimate,
    vcov: ordered.vcov,
    test,
    dropped: (effects === 'be' ? be : effects === 'fe' ? fe : solved).dropped.map(
      (i) => design.columns[i]!.label,
    ),
    statistics,
    notes: [],
    residualDf,
    groups,
    sigmaE,
    sigmaU,
    effects,
  };
}
