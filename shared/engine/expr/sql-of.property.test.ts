import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import { openWasmDatabase } from '../../../test/support/wasm-database';
import { compile } from '../../lang/compile';
import { functionList } from '../../lang/functions/registry';
import type { TypedExpr } from '../../lang/plan';
import { fixtureCatalogs } from '../../lang/test-support/fixture-catalog';
import type { SqlDatabase } from '../../sql/database';
import { conditionSql, sqlOf, usesWindow } from './sql-of';
import { column, testView } from './test-kit';

const PRELUDE = `require no.ssb.fdb:33 as db
create-dataset d
import db/BEFOLKNING_KJOENN as s
import db/BEFOLKNING_FOEDSELS_AAR_MND as i
import db/INNTEKT_WLONN 2019-12-31 as x
`;
const view = testView('e', [column('s', 'string'), column('i', 'integer'), column('x', 'decimal')]);
const TABLE = 'CREATE OR REPLACE TABLE e ("@unit" BIGINT, s VARCHAR, i BIGINT, x DOUBLE)';

// Distribution functions run series of thousands of terms (covered by distributions.test.ts); here they
// would only slow down DuckDB's constant folding of random literals.
const data = functionList.filter((f) => !f.bindingOnly && f.group !== 'distributions');
const numberFunctions = data.filter((f) => f.returns === 'number' && f.params.every((p) => p !== 'string'));
const stringFunctions = data.filter((f) => f.returns === 'string' && f.params.every((p) => p !== 'number'));

const literal = fc.oneof(
  fc.integer({ min: -1000, max: 100_000 }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => String(Math.round(v * 100) / 100)),
  fc.constantFrom('2020-01-01', '1999-12-31', '.'),
);
const text = fc.constantFrom("'0301'", '"Oslo"', "''", "'it''s'");

// Expressions built as script text, typed by construction (numbers and strings), so the checker accepts most.
const { num, str } = fc.letrec<{ num: string; str: string }>((tie) => ({
  num: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal,
    fc.constantFrom('i', 'x'),
    fc
      .tuple(
        tie('num'),
        fc.constantFrom('+', '-', '*', '/', '^', '<', '>=', '==', '!=', '&', '|'),
        tie('num'),
      )
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc
      .tuple(tie('str'), fc.constantFrom('==', '<', '!='), tie('str'))
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('num').map((a) => `-(${a})`),
    tie('num').map((a) => `!(${a})`),
    fc
      .tuple(
        fc.constantFrom(...numberFunctions),
        fc.array(tie('num'), { minLength: 1, maxLength: 3 }),
        tie('str'),
      )
      .map(([f, args, s]) => call(f, args, s)),
  ),
  str: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constant('s'),
    fc.tuple(tie('str'), tie('str')).map(([a, b]) => `(${a} ++ ${b})`),
    fc
      .tuple(
        fc.constantFrom(...stringFunctions),
        fc.array(tie('num'), { minLength: 1, maxLength: 3 }),
        tie('str'),
      )
      .map(([f, args, s]) => call(f, args, s)),
  ),
}));

/** A call with the right number of arguments, strings where the function wants them. */
function call(f: (typeof data)[number], nums: string[], s: string): string {
  const count = f.variadic
    ? f.params.length + (nums.length % 3)
    : f.params.length - (nums.length % (f.optional + 1));
  const args = Array.from({ length: count }, (_, k) => {
    const p = f.params[k] ?? f.variadic;
    return p === 'string' || (p === 'same' && f.params[0] === 'string') ? s : (nums[k % nums.length] ?? '1');
  });
  return `${f.name}(${args.join(', ')})`;
}

for (const [transport, open] of [
  ['native', openNativeDatabase],
  ['wasm', openWasmDatabase],
] as const) {
  describe(`every checked expression compiles to SQL that ${transport} DuckDB accepts`, () => {
    let db: SqlDatabase;
    beforeAll(async () => {
      db = await open();
      await db.exec(TABLE);
    });
    afterAll(() => db.close());

    it('generate expressions and if conditions', async () => {
      let checked = 0;
      await fc.assert(
        fc.asyncProperty(fc.oneof(num, str), num, async (value, cond) => {
          const plan = compile(`${PRELUDE}generate e = ${value} if ${cond}\n`, fixtureCatalogs).plan;
          const step = plan?.steps.at(-1);
          if (step?.kind !== 'generate') return;
          checked += 1;
          const expr = step.expression as TypedExpr;
          const where = step.condition as TypedExpr | null;
          const filter = where && !usesWindow(where) ? `WHERE ${conditionSql(where, view)}` : '';
          const sql = `SELECT ${sqlOf(expr, view)} AS v FROM e ${filter}`;
          const t0 = Date.now();
          await db.query(sql);
          if (Date.now() - t0 > 500) console.log('SLOW', Date.now() - t0, sql.length, value, 'IF', cond);
          if (where) await db.query(`SELECT ${sqlOf(where, view)} AS c FROM e`);
        }),
        { numRuns: 200 },
      );
      expect(checked).toBeGreaterThan(100);
    }, 180_000);
  });
}
