import { afterAll, beforeAll, describe, it } from 'vitest';
import { openWasmDatabase } from '../../../test/support/wasm-database';
import type { SqlDatabase } from '../../sql/database';
import { columnOf, expectClose, modelFixture, reference, tableOf } from '../models/test-fixture';
import { modelStep } from '../models/test-steps';
import type { FixtureContext } from '../workspace-fixture';
import { runProbit } from './probit';
import { runRegress } from './regress';
import { runRegressPanel } from './regress-panel';

// The same SQL must run on duckdb-wasm (DuckDB 1.4) for practice mode.
const ref = reference();
let db: SqlDatabase;
let ctx: FixtureContext;

beforeAll(async () => {
  db = await openWasmDatabase();
  ctx = await modelFixture(db);
});
afterAll(async () => db.close());

describe('models on duckdb-wasm agree with R', () => {
  it('regress with cluster errors, probit and random effects', async () => {
    const check = (name: string) => {
      const t = tableOf(ctx.outputs, 0);
      expectClose(columnOf(t, 'estimate'), ref[name]!.coef, 1e-6);
      expectClose(columnOf(t, 'se'), ref[name]!.se, 1e-4);
      ctx.outputs.length = 0;
    };
    ctx.outputs.length = 0;
    await runRegress(modelStep('regress', 'lonn', 'alder mann formue', { cluster: 'kommune' }), ctx);
    check('ols_cluster');
    await runProbit(modelStep('probit', 'hoylonn', 'alder mann utd'), ctx);
    check('probit');
    await runRegressPanel(modelStep('regress-panel', 'y', 'x1 x2', { re: true }, { dataset: 'panel' }), ctx);
    check('panel_re');
  });
});
