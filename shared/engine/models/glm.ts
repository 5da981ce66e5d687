import type { Matrix } from 'ml-matrix';
import type { SqlDatabase } from '../../sql/database';
import { quoteIdent } from '../../sql/quote';
import type { Design } from './design';
import { chi2Upper } from './distributions';
import { modelError } from './errors';
import type { Family } from './families';
import { constantLast, type Fit, type FitStatistic } from './fit';
import { invertSpd, pick, quadratic } from './linalg';
import { columnShifts, num, type SampleFacts, sampleSql, shifted, symmetricFrom } from './moments';
import { etaSql, familyRelation, maximize, type NewtonResult } from './newton';
import { unshift } from './shift';

/** Options of a maximum-likelihood model. */
export interface GlmOptions {
  robust: boolean;
  cluster: string | null;
  /** SQL of an offset added to the linear predictor (poisson exposure: ln of the exposure variable), or null. */
  offset: string | null;
}

/** The relation every iteration reads: shifted columns `z0..`, `y` (and `off`, `g` when asked). */
export function shiftedRelation(
  design: Design,
  facts: SampleFacts,
  extra: Record<string, string> = {},
): string {
  const shifts = columnShifts(design, facts).x;
  const z = design.columns.map((_, i) => `${shifted(i, shifts)} AS "z${i}"`);
  const names = Object.keys(extra).map((k) => `"${k}"`);
  return `SELECT ${[...z, '"y"', ...names].join(', ')} FROM (${sampleSql(design, extra)})`;
}

/** Checks the outcome a binary model needs: only 0 and 1, both present. */
export function requireBinaryOutcome(facts: SampleFacts, command: string, name: string): void {
  if (!facts.yBinary)
    throw modelError(
      'model-outcome-not-binary',
      `${command} krever at ${name} bare har verdiene 0 og 1`,
      `${command} needs ${name} to have only the values 0 and 1`,
    );
  if (facts.yMean <= 0 || facts.yMean >= 1)
    throw modelError(
      'model-outcome-constant',
      `${name} har samme verdi for alle enhetene i utvalget`,
      `${name} has the same value for every unit in the sample`,
    );
}

/** A binary or count model by maximum likelihood, with observed-information, robust or clustered errors. */
export async function fitGlm(
  db: SqlDatabase,
  design: Design,
  facts: SampleFacts,
  family: Family,
  options: GlmOptions,
): Promise<Fit & { newton: NewtonResult }> {
  const k = design.columns.length;
  const extra: Record<string, string> = {};
  if (options.offset) extra.off = options.offset;
  if (options.cluster) extra.g = quoteIdent(options.cluster);
  const relation = shiftedRelation(design, facts, extra);
  const start = design.columns.map((c) => (c.kind === 'constant' ? family.start(facts.yMean) : 0));
  const newton = await maximize(db, relation, k, family, start, {
    offset: options.offset ? '"off"' : null,
    maxIterations: 100,
    constant: design.hasConstant ? 0 : null,
  });
  const n = facts.n;
  const p = newton.kept.length;
  let vGamma = invertSpd(newton.information);
  let clusters: number | null = null;
  if (options.robust || options.cluster) {
    const meat = await scoreMeat(db, relation, newton, family, options.cluster !== null);
    clusters = meat.groups;
    const factor = clusters !== null ? clusters / (clusters - 1) : n / (n - 1);
    vGamma = vGamma.mmul(meat.matrix).mmul(vGamma).mul(factor);
  }
  const shifts = columnShifts(design, facts).x;
  const constant = design.hasConstant ? newton.kept.indexOf(0) : -1;
  const { beta, vcov } = unshift(
    newton.gamma,
    vGamma,
    newton.kept.map((i) => shifts[i]!),
    constant >= 0 ? constant : null,
  );
  const labels = newton.kept.map((i) => design.columns[i]!.label);
  const ordered = constantLast(labels, beta, vcov, constant >= 0 ? constant : null);
  const statistics = likelihoodStatistics(
    ordered,
    newton,
    design.hasConstant,
    options.robust || options.cluster !== null,
  );
  if (clusters !== null)
    statistics.push({ label: `Clusters (${options.cluster})`, value: clusters, format: 'count' });
  const fit: Fit & { newton: NewtonResult } = {
    labels: ordered.labels,
    estimate: ordered.estimate,
    vcov: ordered.vcov,
    test: { kind: 'z' },
    dropped: newton.dropped.map((i) => design.columns[i]!.label),
    statistics,
    notes: [],
    residualDf: n - p,
    newton,
  };
  if (!newton.converged)
    fit.notes.push({
      nb: `Konvergens ikke oppnådd etter ${newton.iterations} iterasjoner`,
      en: `Convergence not achieved after ${newton.iterations} iterations`,
    });
  else
    fit.notes.push({
      nb: `Konvergerte etter ${newton.iterations} iterasjoner`,
      en: `Converged after ${newton.iterations} iterations`,
    });
  return fit;
}

/** Log likelihood, LR (or Wald, for robust errors) chi² on the slopes and pseudo R². */
export function likelihoodStatistics(
  ordered: { labels: string[]; estimate: number[]; vcov: Matrix },
  newton: { ll: number; llStart: number },
  hasConstant: boolean,
  wald: boolean,
): FitStatistic[] {
  const stats: FitStatistic[] = [{ label: 'Number of obs', value: 'N', format: 'count' }];
  const slopes = ordered.labels.map((_, i) => i).filter((i) => ordered.labels[i] !== '_cons');
  const q = slopes.length;
  if (hasConstant && q > 0) {
    const chi2 = wald
      ? quadratic(
          invertSpd(pick(ordered.vcov, slopes)),
          slopes.map((i) => ordered.estimate[i]!),
        )
      : 2 * (newton.ll - newton.llStart);
    stats.push(
      { label: `${wald ? 'Wald' : 'LR'} chi2(${q})`, value: chi2, format: 'number' },
      { label: 'Prob > chi2', value: chi2Upper(chi2, q), format: 'number' },
      { label: 'Pseudo R2', value: 1 - newton.ll / newton.llStart, format: 'number' },
    );
  }
  stats.push({ label: 'Log likelihood', value: newton.ll, format: 'number' });
  return stats;
}

/** Σ sᵢ² zᵢzᵢ' (or, clustered, Σ_g (Σ_{i∈g} sᵢzᵢ)(…)'), evaluated at the estimates: one query. */
async function scoreMeat(
  db: SqlDatabase,
  relation: string,
  newton: NewtonResult,
  family: Family,
  clustered: boolean,
): Promise<{ matrix: Matrix; groups: number | null }> {
  const p = newton.kept.length;
  const eta = etaSql(newton.kept, newton.gamma, relation.includes('AS "off"') ? '"off"' : null);
  const rows = familyRelation(relation, eta, family);
  const scores = newton.kept.map((c, i) => `"s" * "z${c}" AS "u${i}"`);
  const inner = clustered
    ? `SELECT ${newton.kept.map((_, i) => `sum("u${i}") AS "u${i}"`).join(', ')} FROM (SELECT "g", ${scores.join(', ')} FROM (${rows})) GROUP BY "g"`
    : `SELECT ${scores.join(', ')} FROM (${rows})`;
  const list = ['count(*) AS "groups"'];
  for (let i = 0; i < p; i++) for (let j = i; j < p; j++) list.push(`sum("u${i}" * "u${j}") AS "c${i}_${j}"`);
  const [row] = await db.query(`SELECT ${list.join(', ')} FROM (${inner})`);
  const groups = clustered ? num(row?.groups) : null;
  if (groups !== null && groups < 2)
    throw modelError(
      'model-one-cluster',
      'cluster() trenger minst to grupper',
      'cluster() needs at least two groups',
    );
  return { matrix: symmetricFrom(row, p, 'c'), groups };
}
