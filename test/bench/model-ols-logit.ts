import { Matrix, solve } from 'ml-matrix';
import { runLogit } from '../../shared/engine/commands/logit';
import { runRegress } from '../../shared/engine/commands/regress';
import type { SqlDatabase } from '../../shared/sql/database';
import { type BenchCase, medianSeconds } from './case';
import { modelBenchContext, REGRESSORS } from './model-bench-kit';

const cols = ['1.0', ...REGRESSORS.map((r) => `CAST("${r}" AS DOUBLE)`)];

/** Hand-written OLS: one query of X'X and X'y over complete cases, solved in JavaScript. */
async function handOls(db: SqlDatabase, table: string): Promise<number[]> {
  const k = cols.length;
  const list: string[] = [];
  for (let i = 0; i < k; i++)
    for (let j = i; j < k; j++) list.push(`sum(${cols[i]} * ${cols[j]}) AS "c${i}_${j}"`);
  for (let i = 0; i < k; i++) list.push(`sum(${cols[i]} * "lonn") AS "y${i}"`);
  const where = ['lonn', ...REGRESSORS].map((c) => `"${c}" IS NOT NULL`).join(' AND ');
  const [row] = await db.query(`SELECT ${list.join(', ')} FROM ${table} WHERE ${where}`);
  const a = new Matrix(k, k);
  for (let i = 0; i < k; i++)
    for (let j = i; j < k; j++) {
      a.set(i, j, Number(row![`c${i}_${j}`]));
      a.set(j, i, Number(row![`c${i}_${j}`]));
    }
  return solve(a, Matrix.columnVector(cols.map((_, i) => Number(row![`y${i}`])))).getColumn(0);
}

/** Hand-written logit: Newton iterations, each one query of the gradient and X'WX, until the step is tiny. */
async function handLogit(db: SqlDatabase, table: string): Promise<number> {
  const k = cols.length;
  let beta = new Array(k).fill(0);
  const where = ['hoylonn', ...REGRESSORS].map((c) => `"${c}" IS NOT NULL`).join(' AND ');
  let iterations = 0;
  for (; iterations < 50; iterations++) {
    const eta = cols.map((c, i) => `${beta[i]} * ${c}`).join(' + ');
    const list: string[] = [];
    for (let i = 0; i < k; i++) list.push(`sum(("hoylonn" - p) * ${cols[i]}) AS "g${i}"`);
    for (let i = 0; i < k; i++)
      for (let j = i; j < k; j++) list.push(`sum(p * (1 - p) * ${cols[i]} * ${cols[j]}) AS "c${i}_${j}"`);
    const [row] = await db.query(
      `SELECT ${list.join(', ')} FROM (SELECT *, 1.0 / (1.0 + exp(-(${eta}))) AS p FROM ${table} WHERE ${where})`,
    );
    const h = new Matrix(k, k);
    for (let i = 0; i < k; i++)
      for (let j = i; j < k; j++) {
        h.set(i, j, Number(row![`c${i}_${j}`]));
        h.set(j, i, Number(row![`c${i}_${j}`]));
      }
    const step = solve(h, Matrix.columnVector(cols.map((_, i) => Number(row![`g${i}`])))).getColumn(0);
    beta = beta.map((b, i) => b + step[i]!);
    if (Math.max(...step.map((s, i) => Math.abs(s) / (Math.abs(beta[i]!) + 1e-8))) < 1e-9) break;
  }
  return iterations;
}

/** `model-ols-10`: regress with ten regressors on every person, against one hand-written X'X query. */
export const modelOlsBench: BenchCase = {
  name: 'model-ols-10',
  needsDatastore: true,
  async run({ datastoreDir }) {
    const bench = await modelBenchContext(datastoreDir);
    try {
      const seconds = await medianSeconds(() => runRegress(bench.regress, bench.ctx), 3);
      const baselineSeconds = await medianSeconds(() => handOls(bench.ctx.db, bench.table), 3);
      return { seconds, baselineSeconds };
    } finally {
      await bench.close();
    }
  },
};

/** `model-logit-10`: logit with ten regressors on every person, against a hand-written Newton loop. */
export const modelLogitBench: BenchCase = {
  name: 'model-logit-10',
  needsDatastore: true,
  async run({ datastoreDir }) {
    const bench = await modelBenchContext(datastoreDir);
    try {
      const seconds = await medianSeconds(() => runLogit(bench.logit, bench.ctx), 1);
      const baselineSeconds = await medianSeconds(() => handLogit(bench.ctx.db, bench.table), 1);
      return { seconds, baselineSeconds };
    } finally {
      await bench.close();
    }
  },
};
