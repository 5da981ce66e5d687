import { Matrix } from 'ml-matrix';
import type { SqlDatabase } from '../../sql/database';
import { quoteNumber } from '../../sql/quote';
import type { Design } from './design';
import { modelError } from './errors';
import type { Fit } from './fit';
import { likelihoodStatistics, shiftedRelation } from './glm';
import { independentColumns, invertSpd } from './linalg';
import { columnShifts, crossProducts, num, type SampleFacts, symmetricFrom } from './moments';
import { type Evaluation, runNewton } from './newton-loop';

const MAX_CATEGORIES = 30;

/** Outcome categories of the sample with their unit counts, in ascending order. */
export async function outcomeCategories(
  db: SqlDatabase,
  design: Design,
): Promise<{ value: number; units: number }[]> {
  const rows = await db.query(
    `SELECT "y" AS "v", count(*) AS "n" FROM (SELECT ${design.dependent} AS "y" ${design.fromWhere}) GROUP BY "y" ORDER BY "y"`,
  );
  return rows.map((r) => ({ value: num(r.v), units: num(r.n) }));
}

/** A multinomial logit fit: per non-base category, coefficients labelled `category:term`. */
export interface MlogitFit extends Fit {
  base: number;
  categories: { value: number; units: number }[];
  /** Kept design columns and, per non-base category, the unshifted coefficients in design-column order. */
  kept: number[];
  beta: number[][];
}

/** Multinomial logit by Newton–Raphson; base category: `base` if given, else the most frequent (as Stata). */
export async function fitMlogit(
  db: SqlDatabase,
  design: Design,
  facts: SampleFacts,
  base: number | null,
): Promise<MlogitFit> {
  const categories = await outcomeCategories(db, design);
  if (categories.length < 2)
    throw modelError(
      'model-outcome-constant',
      'Den avhengige variabelen har bare én verdi',
      'The dependent variable has only one value',
    );
  if (categories.length > MAX_CATEGORIES)
    throw modelError(
      'model-too-many-outcomes',
      `mlogit tillater høyst ${MAX_CATEGORIES} kategorier i den avhengige variabelen`,
      `mlogit allows at most ${MAX_CATEGORIES} categories of the dependent variable`,
    );
  const chosen =
    base !== null
      ? categories.find((c) => c.value === base)
      : categories.reduce((a, b) => (b.units > a.units ? b : a));
  if (!chosen)
    throw modelError(
      'model-base-missing',
      `Kategorien ${base} finnes ikke i utvalget`,
      `Category ${base} is not in the sample`,
    );
  const others = categories.filter((c) => c !== chosen);
  const relation = shiftedRelation(design, facts);
  const k = design.columns.length;
  const z = [...Array(k).keys()].map((i) => `"z${i}"`);
  const zz = await crossProducts(db, relation, z, null);
  const { kept, dropped } = independentColumns(zz, [...Array(k).keys()]);
  kept.sort((a, b) => a - b);
  const p = kept.length;
  const m = others.length;
  const evaluate = (params: readonly number[]) => evaluateMlogit(db, relation, kept, others, params);
  const start = new Array(m * p).fill(0);
  const run = await runNewton(evaluate, start);
  const vGamma = invertSpd(run.at.information);
  // Undo the centring per category block: the constant absorbs Σ sⱼγⱼ.
  const shifts = columnShifts(design, facts).x;
  const t = Matrix.eye(m * p);
  const c = kept.indexOf(0);
  if (design.hasConstant && c >= 0)
    for (let b = 0; b < m; b++)
      for (let j = 0; j < p; j++) if (j !== c) t.set(b * p + c, b * p + j, -shifts[kept[j]!]!);
  const betaFlat = t.mmul(Matrix.columnVector(run.params)).getColumn(0);
  const vBeta = t.mmul(vGamma).mmul(t.transpose());
  const order2: number[] = [];
  const labels: string[] = [];
  for (let b = 0; b < m; b++) {
    const js = [...Array(p).keys()].filter((j) => j !== c);
    if (c >= 0) js.push(c);
    for (const j of js) {
      order2.push(b * p + j);
      labels.push(`${others[b]!.value}:${design.columns[kept[j]!]!.label}`);
    }
  }
  const n = facts.n;
  const ll0 = categories.reduce((s, cat) => s + cat.units * Math.log(cat.units / n), 0);
  const estimate = order2.map((i) => betaFlat[i]!);
  const vcov = vBeta.selection(order2, order2);
  const statistics = likelihoodStatistics(
    { labels: labels.map((l) => (l.endsWith(':_cons') ? '_cons' : l)), estimate, vcov },
    { ll: run.at.ll, llStart: ll0 },
    design.hasConstant,
    false,
  );
  return {
    labels,
    estimate,
    vcov,
    test: { kind: 'z' },
    dropped: dropped.map((i) => design.columns[i]!.label),
    statistics,
    notes: [
      { nb: `Referansekategori (base): ${chosen.value}`, en: `Base outcome: ${chosen.value}` },
      run.converged
        ? {
            nb: `Konvergerte etter ${run.iterations} iterasjoner`,
            en: `Converged after ${run.iterations} iterations`,
          }
        : {
            nb: `Konvergens ikke oppnådd etter ${run.iterations} iterasjoner`,
            en: `Convergence not achieved after ${run.iterations} iterations`,
          },
    ],
    residualDf: n - m * p,
    base: chosen.value,
    categories,
    kept,
    beta: others.map((_, b) => kept.map((_, j) => betaFlat[b * p + j]!)),
  };
}

async function evaluateMlogit(
  db: SqlDatabase,
  relation: string,
  kept: readonly number[],
  others: readonly { value: number }[],
  params: readonly number[],
): Promise<Evaluation> {
  const p = kept.length;
  const m = others.length;
  const eta = others.map(
    (_, b) =>
      `${kept.map((col, j) => `${quoteNumber(params[b * p + j]!)} * "z${col}"`).join(' + ')} AS "e${b}"`,
  );
  const es = others.map((_, b) => `"e${b}"`);
  const mx = `greatest(0.0, ${es.join(', ')})`;
  const lse = `"mx" + ln(exp(-"mx") + ${es.map((e) => `exp(${e} - "mx")`).join(' + ')})`;
  const probs = others.map((_, b) => `exp("e${b}" - "lse") AS "p${b}"`);
  const chosen = others
    .map((o, b) => `CASE WHEN "y" = ${quoteNumber(o.value)} THEN "e${b}" ELSE 0.0 END`)
    .join(' + ');
  const indicator = (b: number) => `(CASE WHEN "y" = ${quoteNumber(others[b]!.value)} THEN 1.0 ELSE 0.0 END)`;
  let sql = `SELECT *, ${eta.join(', ')} FROM (${relation})`;
  sql = `SELECT *, ${mx} AS "mx" FROM (${sql})`;
  sql = `SELECT *, ${lse} AS "lse" FROM (${sql})`;
  sql = `SELECT *, ${probs.join(', ')}, ${chosen} - "lse" AS "ll" FROM (${sql})`;
  const list = ['sum("ll") AS "ll"'];
  const q = m * p;
  const at = (i: number) => ({ b: Math.floor(i / p), col: kept[i % p]! });
  for (let i = 0; i < q; i++) {
    const { b, col } = at(i);
    list.push(`sum((${indicator(b)} - "p${b}") * "z${col}") AS "g${i}"`);
  }
  for (let i = 0; i < q; i++)
    for (let j = i; j < q; j++) {
      const u = at(i);
      const v = at(j);
      const w = u.b === v.b ? `"p${u.b}" * (1.0 - "p${u.b}")` : `-"p${u.b}" * "p${v.b}"`;
      list.push(`sum(${w} * "z${u.col}" * "z${v.col}") AS "c${i}_${j}"`);
    }
  const [row] = await db.query(`SELECT ${list.join(', ')} FROM (${sql})`);
  return {
    ll: row?.ll === null ? Number.NaN : num(row?.ll),
    gradient: [...Array(q).keys()].map((i) => num(row?.[`g${i}`])),
    information: symmetricFrom(row, q, 'c'),
  };
}
