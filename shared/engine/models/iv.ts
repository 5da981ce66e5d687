import type { SqlDatabase } from '../../sql/database';
import { quoteNumber } from '../../sql/quote';
import type { Design } from './design';
import { chi2Upper } from './distributions';
import { modelError } from './errors';
import { constantLast, type Fit } from './fit';
import { independentColumns, invertSpd, pick, quadratic } from './linalg';
import { columnShifts, crossProducts, type SampleFacts, sampleSql, shifted } from './moments';
import { unshift } from './shift';

/** Which columns of a combined design are exogenous (with the constant), endogenous and excluded instruments. */
export interface IvColumns {
  exogenous: number[];
  endogenous: number[];
  instruments: number[];
}

/**
 * Two-stage least squares from one pass of cross-products: β = (X'P_W X)⁻¹ X'P_W y with W the exogenous columns
 * and the instruments; σ² = e'e/N and z statistics, as Stata's ivregress 2sls without `small`.
 */
export async function fitIv(
  db: SqlDatabase,
  design: Design,
  facts: SampleFacts,
  groups: IvColumns,
): Promise<Fit> {
  const k = design.columns.length;
  const shifts = columnShifts(design, facts);
  const terms = [
    ...design.columns.map((_, i) => shifted(i, shifts.x)),
    shifts.y === 0 ? '"y"' : `("y" - ${quoteNumber(shifts.y)})`,
  ];
  const cross = await crossProducts(db, sampleSql(design), terms, null);
  const x = independentColumns(cross, [...groups.exogenous, ...groups.endogenous]).kept.sort((a, b) => a - b);
  const w = independentColumns(cross, [...groups.exogenous, ...groups.instruments]).kept.sort(
    (a, b) => a - b,
  );
  const endogenousKept = x.filter((i) => groups.endogenous.includes(i)).length;
  const excluded = w.filter((i) => groups.instruments.includes(i)).length;
  if (excluded < endogenousKept)
    throw modelError(
      'model-underidentified',
      'Modellen er underidentifisert: færre instrumenter enn endogene variabler',
      'The model is underidentified: fewer instruments than endogenous variables',
    );
  const wwInv = invertSpd(pick(cross, w));
  const xw = pick(cross, x, w);
  const a = xw.mmul(wwInv).mmul(xw.transpose());
  const aInv = invertSpd(a);
  const wy = pick(cross, w, [k]);
  const gamma = aInv.mmul(xw.mmul(wwInv).mmul(wy)).getColumn(0);
  const xy = x.map((i) => cross.get(i, k));
  const xx = pick(cross, x);
  const n = facts.n;
  const ssr = Math.max(
    0,
    cross.get(k, k) - 2 * gamma.reduce((s, g, i) => s + g * xy[i]!, 0) + quadratic(xx, gamma),
  );
  const sigma2 = ssr / n;
  const constant = design.hasConstant ? x.indexOf(0) : -1;
  const { beta, vcov } = unshift(
    gamma,
    aInv.clone().mul(sigma2),
    x.map((i) => shifts.x[i]!),
    constant >= 0 ? constant : null,
    shifts.y,
  );
  const labels = x.map((i) => design.columns[i]!.label);
  const ordered = constantLast(labels, beta, vcov, constant >= 0 ? constant : null);
  const slopes = ordered.labels.map((_, i) => i).filter((i) => ordered.labels[i] !== '_cons');
  const wald = quadratic(
    invertSpd(pick(ordered.vcov, slopes)),
    slopes.map((i) => ordered.estimate[i]!),
  );
  const ySum = design.hasConstant ? cross.get(0, k) : 0;
  const tss = cross.get(k, k) - (design.hasConstant ? (ySum * ySum) / n : 0);
  const dropped = [...groups.exogenous, ...groups.endogenous].filter((i) => !x.includes(i));
  return {
    labels: ordered.labels,
    estimate: ordered.estimate,
    vcov: ordered.vcov,
    test: { kind: 'z' },
    dropped: dropped.map((i) => design.columns[i]!.label),
    statistics: [
      { label: 'Number of obs', value: 'N', format: 'count' },
      { label: `Wald chi2(${slopes.length})`, value: wald, format: 'number' },
      { label: 'Prob > chi2', value: chi2Upper(wald, slopes.length), format: 'number' },
      { label: 'R-squared', value: 1 - ssr / tss, format: 'number' },
      { label: 'Root MSE', value: Math.sqrt(sigma2), format: 'number' },
    ],
    notes: [
      {
        nb: `Instrumentert: ${groups.endogenous.map((i) => design.columns[i]!.label).join(' ')}. Instrumenter: ${w
          .filter((i) => i !== 0 || !design.hasConstant)
          .map((i) => design.columns[i]!.label)
          .join(' ')}`,
        en: `Instrumented: ${groups.endogenous.map((i) => design.columns[i]!.label).join(' ')}. Instruments: ${w
          .filter((i) => i !== 0 || !design.hasConstant)
          .map((i) => design.columns[i]!.label)
          .join(' ')}`,
      },
    ],
    residualDf: n - x.length,
  };
}
