import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import { openWasmDatabase } from '../../../test/support/wasm-database';
import type { SqlDatabase } from '../../sql/database';
import { sqlOf } from './sql-of';
import { close, type ExprCase, ex, TEST_TABLE_SQL, testTableView as view } from './test-kit';

const { n, call, col } = ex;
const x = col('x');
const f = (name: string, ...args: number[]) => call(name, ...args.map(n));
const both = (v: number | null) => [v, v];

// Noncentral chi-squared with 2 df by its Poisson mixture, where P(1 + j, x/2) has a closed form.
function nchi2Df2(lambda: number, xv: number): number {
  let total = 0;
  let weight = Math.exp(-lambda / 2);
  for (let j = 0; j < 200; j++) {
    let inner = 0;
    let term = 1;
    for (let i = 0; i <= j; i++) {
      inner += term;
      term *= xv / 2 / (i + 1);
    }
    total += weight * (1 - Math.exp(-xv / 2) * inner);
    weight *= lambda / 2 / (j + 1);
  }
  return total;
}

// Reference values: closed forms (Cauchy = t with 1 df, chi2 with 2 df = exponential, F(2, 2) = f / (1 + f),
// ibeta(a, 1, x) = x^a, binomial sums counted by hand) and the textbook 5 % points.
const cases: ExprCase[] = [
  ['normal(1.96)', f('normal', 1.96), both(0.9750021048517795)],
  ['normal(-1)', f('normal', -1), both(0.15865525393145707)],
  ['normal(0)', f('normal', 0), both(0.5)],
  ['normal far tail', f('normal', -10), both(7.61985302416047e-24)],
  ['normal of missing', call('normal', x), [0.9937903346742238, null]],
  ['normalden(0)', f('normalden', 0), both(1 / Math.sqrt(2 * Math.PI))],
  ['normalden(x, mu, sigma)', f('normalden', 3, 1, 2), both(Math.exp(-0.5) / (2 * Math.sqrt(2 * Math.PI)))],
  ['normalden bad sigma', f('normalden', 3, 1, 0), both(null)],
  ['invnormal(0.975)', f('invnormal', 0.975), both(1.959963984540054)],
  ['invnormal(0.5)', f('invnormal', 0.5), both(0)],
  ['invnormal outside (0, 1)', f('invnormal', 1), both(null)],
  ['t(1, 1) Cauchy', f('t', 1, 1), both(0.75)],
  ['t(1, -3) Cauchy', f('t', 1, -3), both(0.5 + Math.atan(-3) / Math.PI)],
  ['t(10, 2.228138851986)', f('t', 10, 2.228138851986), both(0.975)],
  ['ttail(1, 1)', f('ttail', 1, 1), both(0.25)],
  ['ttail(1, -1)', f('ttail', 1, -1), both(0.75)],
  ['tden(1, 2) Cauchy', f('tden', 1, 2), both(1 / (5 * Math.PI))],
  ['invttail(1, 0.25)', f('invttail', 1, 0.25), both(1)],
  ['invttail(10, 0.025)', f('invttail', 10, 0.025), both(2.228138851986)],
  ['chi2(1, 3.841458820694124)', f('chi2', 1, 3.841458820694124), both(0.95)],
  ['chi2(2, 3)', f('chi2', 2, 3), both(1 - Math.exp(-1.5))],
  ['chi2(2, -1)', f('chi2', 2, -1), both(0)],
  ['chi2tail(2, 3)', f('chi2tail', 2, 3), both(Math.exp(-1.5))],
  ['chi2tail(2, 100) keeps precision', f('chi2tail', 2, 100), both(Math.exp(-50))],
  ['chi2den(2, 3)', f('chi2den', 2, 3), both(0.5 * Math.exp(-1.5))],
  ['chi2den(4, 2)', f('chi2den', 4, 2), both(0.5 * Math.exp(-1))],
  ['invchi2(2, 0.5)', f('invchi2', 2, 0.5), both(2 * Math.log(2))],
  ['invchi2tail(2, 0.1)', f('invchi2tail', 2, 0.1), both(-2 * Math.log(0.1))],
  ['invchi2tail(1, 0.05)', f('invchi2tail', 1, 0.05), both(3.841458820694124)],
  ['nchi2(2, 0, 3) is chi2', f('nchi2', 2, 0, 3), both(1 - Math.exp(-1.5))],
  ['nchi2(2, 1, 3)', f('nchi2', 2, 1, 3), both(nchi2Df2(1, 3))],
  ['nchi2(2, 10, 8)', f('nchi2', 2, 10, 8), both(nchi2Df2(10, 8))],
  ['F(2, 2, 3)', f('F', 2, 2, 3), both(0.75)],
  ['Ftail(2, 2, 3)', f('Ftail', 2, 2, 3), both(0.25)],
  ['F(1, 10, t^2) = 2 t(10) - 1', f('F', 1, 10, 2.228138851986 ** 2), both(0.95)],
  ['Fden(2, 2, 1)', f('Fden', 2, 2, 1), both(0.25)],
  ['invF(2, 2, 0.75)', f('invF', 2, 2, 0.75), both(3)],
  ['invFtail(2, 2, 0.25)', f('invFtail', 2, 2, 0.25), both(3)],
  ['ibeta(1, 1, 0.3)', f('ibeta', 1, 1, 0.3), both(0.3)],
  ['ibeta(3, 1, 0.5)', f('ibeta', 3, 1, 0.5), both(0.125)],
  ['ibeta(1, 3, 0.9) above the mean', f('ibeta', 1, 3, 0.9), both(1 - 0.1 ** 3)],
  ['ibeta(2, 2, 0.5)', f('ibeta', 2, 2, 0.5), both(0.5)],
  ['betaden(2, 2, 0.5)', f('betaden', 2, 2, 0.5), both(1.5)],
  ['betaden(1, 1, 0)', f('betaden', 1, 1, 0), both(1)],
  ['gammap(1, 2)', f('gammap', 1, 2), both(1 - Math.exp(-2))],
  ['gammap(3, 2)', f('gammap', 3, 2), both(1 - Math.exp(-2) * (1 + 2 + 2))],
  ['gammap(3, 20)', f('gammap', 3, 20), both(1 - Math.exp(-20) * (1 + 20 + 200))],
  ['binomial(10, 3, 0.5)', f('binomial', 10, 3, 0.5), both(176 / 1024)],
  ['binomial(10, 10, 0.5)', f('binomial', 10, 10, 0.5), both(1)],
  ['binomialp(10, 3, 0.5)', f('binomialp', 10, 3, 0.5), both(120 / 1024)],
  ['binomialp(4, 2, 0.3)', f('binomialp', 4, 2, 0.3), both(6 * 0.09 * 0.49)],
  ['binomialtail(10, 3, 0.5)', f('binomialtail', 10, 3, 0.5), both(968 / 1024)],
  ['binomialtail(10, 0, 0.5)', f('binomialtail', 10, 0, 0.5), both(1)],
  ['binomial bad p', f('binomial', 10, 3, 1.5), both(null)],
];

for (const [transport, open] of [
  ['native', openNativeDatabase],
  ['wasm', openWasmDatabase],
] as const) {
  describe(`distribution functions on ${transport} DuckDB`, () => {
    let db: SqlDatabase;
    beforeAll(async () => {
      db = await open();
      await db.exec(TEST_TABLE_SQL);
    });
    afterAll(() => db.close());

    it.each(cases)('%s', async (_name, expr, expected) => {
      const rows = await db.query(`SELECT ${sqlOf(expr, view)} AS v FROM t ORDER BY "@unit"`);
      const got = rows.map((r) => r.v);
      expect(
        got.every((v, k) => close(v, expected[k], 1e-8)),
        `got ${JSON.stringify(got)}`,
      ).toBe(true);
    });
  });
}
