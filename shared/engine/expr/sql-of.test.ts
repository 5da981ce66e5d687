import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import { openWasmDatabase } from '../../../test/support/wasm-database';
import type { SqlDatabase } from '../../sql/database';
import { conditionSql, sqlOf } from './sql-of';
import { close, type ExprCase, ex, TEST_TABLE_SQL, testTableView as view } from './test-kit';

const { n, s, miss, col, call, bin, neg, not } = ex;
const x = col('x');
const y = col('y');
const i = col('i', 'integer');
const str = col('s', 'string');
const d = col('d', 'date');
const w = col('w', 'string');

// Row 1: x 2.5, y -1, i 7, s 'Oslo', d 2020-02-29 (day 18321), w '  a b '. Row 2: y 0, everything else missing.
const families: Record<string, ExprCase[]> = {
  operators: [
    ['plus', bin('+', x, y), [1.5, null]],
    ['minus literal', bin('-', n(2019), i), [2012, null]],
    ['times', bin('*', x, n(4)), [10, null]],
    ['divide', bin('/', n(1), y), [-1, null]],
    ['power', bin('^', n(2), n(10)), [1024, 1024]],
    ['power of negative to fraction', bin('^', y, n(0.5)), [null, 0]],
    ['no int32 overflow', bin('+', n(2147483647), n(1)), [2147483648, 2147483648]],
    ['negate', neg(x), [-2.5, null]],
    ['concat', bin('++', str, s('!')), ['Oslo!', null]],
    ['equal', bin('==', x, n(2.5)), [1, 0]],
    ['not equal with missing side is false', bin('!=', x, n(1)), [1, 0]],
    ['less', bin('<', y, n(0)), [1, 0]],
    ['greater or equal', bin('>=', i, n(7)), [1, 0]],
    ['string compare', bin('<', str, s('P')), [1, 0]],
    ['date column against date literal', bin('==', d, ex.date('2020-02-29')), [1, 0]],
    ['date column is a day number', bin('+', d, n(1)), [18322, null]],
    ['and', bin('&', x, y), [1, 0]],
    ['or', bin('|', x, y), [1, 0]],
    ['missing or', bin('|', x, n(0)), [1, 0]],
    ['not', not(bin('>', x, n(1))), [0, 1]],
    ['not of missing', not(x), [0, 1]],
    ['missing literal', bin('+', miss, n(1)), [null, null]],
  ],
  maths: [
    ['abs', call('abs', y), [1, 0]],
    ['ceil', call('ceil', x), [3, null]],
    ['floor', call('floor', neg(x)), [-3, null]],
    ['int truncates', call('int', neg(x)), [-2, null]],
    ['round half away from zero', call('round', x), [3, null]],
    ['round negative', call('round', neg(x)), [-3, null]],
    ['round to a multiple', call('round', n(1234.5678), n(0.01)), [1234.57, 1234.57]],
    ['round to 5', call('round', n(17), n(5)), [15, 15]],
    ['exp', call('exp', n(1)), [Math.E, Math.E]],
    ['exp overflow', call('exp', n(1000)), [null, null]],
    ['ln', call('ln', x), [Math.log(2.5), null]],
    ['ln of 0', call('ln', y), [null, null]],
    ['log10', call('log10', n(1000)), [3, 3]],
    ['logit', call('logit', n(0.75)), [Math.log(3), Math.log(3)]],
    ['lnfactorial', call('lnfactorial', n(5)), [Math.log(120), Math.log(120)]],
    ['sqrt', call('sqrt', n(16)), [4, 4]],
    ['sqrt of negative', call('sqrt', y), [null, 0]],
    ['sin', call('sin', n(1)), [Math.sin(1), Math.sin(1)]],
    ['cos', call('cos', n(1)), [Math.cos(1), Math.cos(1)]],
    ['tan', call('tan', n(1)), [Math.tan(1), Math.tan(1)]],
    ['asin', call('asin', n(0.5)), [Math.asin(0.5), Math.asin(0.5)]],
    ['asin outside', call('asin', x), [null, null]],
    ['acos', call('acos', y), [Math.PI, Math.PI / 2]],
    ['atan', call('atan', n(1)), [Math.PI / 4, Math.PI / 4]],
    ['pi', call('pi'), [Math.PI, Math.PI]],
    ['comb', call('comb', n(5), n(2)), [10, 10]],
    ['comb out of range', call('comb', n(5), n(6)), [0, 0]],
    ['comb large', call('comb', n(50), n(25)), [126410606437752, 126410606437752]],
  ],
  strings: [
    ['substr', call('substr', str, n(2), n(2)), ['sl', null]],
    ['substr decimals dropped', call('substr', str, n(1.9), n(3.7)), ['Osl', null]],
    ['length', call('length', str), [4, null]],
    ['length of letters', call('length', s('kjønn')), [5, 5]],
    ['lower', call('lower', str), ['oslo', null]],
    ['upper', call('upper', s('kjønn')), ['KJØNN', 'KJØNN']],
    ['trim', call('trim', w), ['a b', null]],
    ['ltrim', call('ltrim', w), ['a b ', null]],
    ['rtrim', call('rtrim', w), ['  a b', null]],
    ['startswith', call('startswith', str, s('Os')), [1, null]],
    ['endswith', call('endswith', str, s('Os')), [0, null]],
    ['string of whole', call('string', i), ['7', null]],
    ['string of decimal', call('string', x), ['2.5', null]],
    ['string of string', call('string', str), ['Oslo', null]],
  ],
  dates: [
    ['date', call('date', n(2020), n(2), n(29)), [18321, 18321]],
    ['invalid date', call('date', n(2019), n(2), n(29)), [null, null]],
    ['year', call('year', d), [2020, null]],
    ['month', call('month', d), [2, null]],
    ['day', call('day', d), [29, null]],
    ['quarter', call('quarter', d), [1, null]],
    ['halfyear', call('halfyear', bin('+', d, n(200))), [2, null]],
    ['week (ISO)', call('week', d), [9, null]],
    ['week of 2021-01-03 is 53', call('week', ex.date('2021-01-03')), [53, 53]],
    ['dow (Monday = 1)', call('dow', d), [6, null]],
    ['doy', call('doy', d), [60, null]],
    ['isoformatdate', call('isoformatdate', n(18321)), ['2020-02-29', '2020-02-29']],
    ['year of a day number', call('year', n(-1)), [1969, 1969]],
    ['year of a huge number', call('year', n(1e12)), [null, null]],
  ],
  rows: [
    ['rowmax', call('rowmax', x, y, miss), [2.5, 0]],
    ['rowmin', call('rowmin', x, y), [-1, 0]],
    ['rowmean', call('rowmean', x, y, i), [8.5 / 3, 0]],
    ['rowmedian', call('rowmedian', x, y, i), [2.5, 0]],
    [
      'rowstd',
      call('rowstd', n(1), n(3), x),
      [Math.sqrt(((1 - 13 / 6) ** 2 + (3 - 13 / 6) ** 2 + (2.5 - 13 / 6) ** 2) / 2), Math.SQRT2],
    ],
    ['rowtotal', call('rowtotal', x, y, i), [8.5, 0]],
    ['rowtotal all missing', call('rowtotal', x, i), [9.5, 0]],
    ['rowvalid', call('rowvalid', x, y, str), [3, 1]],
    ['rowmissing', call('rowmissing', x, y, str), [0, 2]],
    ['rowconcat', call('rowconcat', str, s(' '), i), ['Oslo 7', ' ']],
  ],
  tests: [
    ['inrange', call('inrange', x, n(1), n(3)), [1, 0]],
    ['inrange outside', call('inrange', y, n(-0.5), n(3)), [0, 1]],
    ['inrange open bound', call('inrange', i, n(5), miss), [1, 0]],
    ['inrange strings', call('inrange', str, s('A'), s('P')), [1, 0]],
    ['inlist', call('inlist', i, n(1), n(7)), [1, 0]],
    ['inlist strings', call('inlist', s('0301'), s('4601'), s('0301')), [1, 1]],
    ['inlist none', call('inlist', str, s('Bergen')), [0, 0]],
    ['sysmiss', call('sysmiss', x), [0, 1]],
    ['sysmiss string', call('sysmiss', str), [0, 1]],
    ['inlabels', call('inlabels', str, s('Hovedstaden')), [1, 0]],
    ['inlabels number', call('inlabels', i, s('åtte'), s('sju')), [1, 0]],
    ['inlabels no labels', call('inlabels', x, s('sju')), [0, 0]],
    ['inlabels from an expression', call('inlabels', str, bin('++', s('Hoved'), s('staden'))), [1, 0]],
    ['labelcontains', call('labelcontains', str, s('hoved')), [1, 0]],
    ['labelcontains no', call('labelcontains', i, s('hoved')), [0, 0]],
    ['label_to_code string', call('label_to_code', str, s('Vest')), ['Bergen', 'Bergen']],
    ['label_to_code number', call('label_to_code', i, s('åtte')), [8, 8]],
    ['label_to_code unknown', call('label_to_code', i, s('ni')), [null, null]],
  ],
};

for (const [transport, open] of [
  ['native', openNativeDatabase],
  ['wasm', openWasmDatabase],
] as const) {
  describe(`sqlOf on ${transport} DuckDB`, () => {
    let db: SqlDatabase;
    beforeAll(async () => {
      db = await open();
      await db.exec(TEST_TABLE_SQL);
    });
    afterAll(() => db.close());

    for (const [family, cases] of Object.entries(families)) {
      it.each(cases)(`${family}: %s`, async (_name, expr, expected) => {
        const rows = await db.query(`SELECT ${sqlOf(expr, view)} AS v FROM t ORDER BY "@unit"`);
        const got = rows.map((r) => r.v);
        expect(
          got.every((v, k) => close(v, expected[k])),
          `got ${JSON.stringify(got)}`,
        ).toBe(true);
      });
    }

    it('conditions are true only for non-missing non-zero values', async () => {
      const cases: [ReturnType<typeof bin>, number[]][] = [
        [bin('>', x, n(1)), [1]],
        [bin('!=', x, n(1)), [1]],
        [not(bin('>', x, n(1))), [2]],
        [bin('|', x, bin('==', y, n(0))), [1, 2]],
        [call('sysmiss', x), [2]],
        [y, [1]],
      ];
      for (const [expr, units] of cases) {
        const rows = await db.query(
          `SELECT "@unit" AS u FROM t WHERE ${conditionSql(expr, view)} ORDER BY 1`,
        );
        expect(rows.map((r) => r.u)).toEqual(units);
      }
    });

    it('quantile groups units by rank among the non-missing values', async () => {
      await db.exec(
        'CREATE OR REPLACE TABLE q ("@unit" BIGINT, x DOUBLE); INSERT INTO q VALUES (1, 10), (2, 20), (3, 30), (4, 40), (5, NULL), (6, 20)',
      );
      const qv = { ...view, table: 'q', columns: [view.columns[0]!] };
      const rows = await db.query(
        `SELECT ${sqlOf(call('quantile', x, n(2)), qv)} AS g FROM q ORDER BY "@unit"`,
      );
      // Five values: ranks 1, 2, 4, 5 and 2 (tie); group floor(2 * (rank - 1) / 5).
      expect(rows.map((r) => r.g)).toEqual([0, 0, 1, 1, null, 0]);
    });
  });
}
