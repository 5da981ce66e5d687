import { defaultDisclosureConfig } from '../../shared/disclosure/config';
import type { EngineContext } from '../../shared/engine/engine-context';
import { sqlOf } from '../../shared/engine/expr/sql-of';
import { newGateState, release } from '../../shared/engine/gate';
import { runPlan } from '../../shared/engine/run-plan';
import type { Workspace } from '../../shared/engine/workspace';
import type { StepOf } from '../../shared/lang/plan';
import { benchPlan, openBenchEngine } from './engine-bench-kit';

/** Ten regressors for the model benchmarks, built from real variables of the bench datastore. */
export const REGRESSORS = ['alder', 'alder2', 'mann', 'formue', 'lnformue', 's1', 's2', 's3', 'c1', 'c2'];

const SCRIPT = `require no.ssb.fdb:1.0 as db
create-dataset personer
import db/BEFOLKNING_KJOENN as kjonn
import db/BEFOLKNING_FOEDSELS_AAR_MND as faarmnd
import db/INNTEKT_WLONN 2022-12-31 as lonn
import db/INNTEKT_BRUTTOFORM 2020-12-31 as formue
generate alder = 2022 - int(faarmnd / 100)
generate alder2 = alder * alder
generate mann = kjonn == '1'
generate lnformue = ln(abs(formue) + 1)
generate s1 = sin(faarmnd)
generate s2 = sin(2 * faarmnd)
generate s3 = sin(3 * faarmnd)
generate c1 = cos(faarmnd)
generate c2 = cos(2 * faarmnd)
generate hoylonn = lonn > 500000
regress lonn ${REGRESSORS.join(' ')}
logit hoylonn ${REGRESSORS.join(' ')}
`;

/** The bench workspace (every person, ten regressors) with an engine context over it, and the two model steps. */
export async function modelBenchContext(datastoreDir: string): Promise<{
  ctx: EngineContext;
  table: string;
  regress: StepOf<'regress'>;
  logit: StepOf<'logit'>;
  close(): Promise<void>;
}> {
  const { db, source } = await openBenchEngine(datastoreDir);
  const plan = benchPlan(source, SCRIPT);
  const setup = { ...plan, steps: plan.steps.slice(0, -2) };
  const result = await runPlan(setup, { db, source, keepWorkspace: true });
  if (result.status !== 'completed')
    throw new Error(`bench setup failed: ${JSON.stringify(result.outputs.at(-1))}`);
  const workspace: Workspace = result.workspace;
  await workspace.materialize();
  const gate = newGateState();
  const ctx: EngineContext = {
    db,
    source,
    disclosure: defaultDisclosureConfig,
    workspace,
    sqlOf,
    emit: (raw) => void release(raw, defaultDisclosureConfig, gate),
    signal: new AbortController().signal,
  };
  const [regress, logit] = plan.steps.slice(-2) as [StepOf<'regress'>, StepOf<'logit'>];
  return {
    ctx,
    table: workspace.get('personer').table,
    regress,
    logit,
    async close() {
      await workspace.dispose();
      await db.close();
    },
  };
}
