import { HIDDEN } from '../../shared/engine/hidden-columns';
import { runPlan } from '../../shared/engine/run-plan';
import type { Plan } from '../../shared/lang/plan';
import { quoteIdent, quoteString } from '../../shared/sql/quote';
import { type BenchCase, medianSeconds } from './case';
import { benchPlan, openBenchEngine } from './engine-bench-kit';

const SCRIPT = `require no.ssb.fdb:1.0 as db
create-dataset personer
import db/BEFOLKNING_KJOENN as kjonn
import db/INNTEKT_WLONN 2022-12-31 as lonn
`;

/**
 * `engine-import-one-variable`: one `import` of an ACCUMULATED variable into a population of every person (the
 * step alone: from its start to the end of the run, workspace kept), against the hand-written join building the
 * same table from a population table of the same shape.
 */
export const engineImportBench: BenchCase = {
  name: 'engine-import-one-variable',
  needsDatastore: true,
  async run({ datastoreDir }) {
    const { db, source } = await openBenchEngine(datastoreDir);
    try {
      const plan = benchPlan(source, SCRIPT);
      await importStep(db, source, plan);
      const times: number[] = [];
      for (let i = 0; i < 3; i++) times.push(await importStep(db, source, plan));
      times.sort((a, b) => a - b);
      const seconds = times[1]!;
      const data = (name: string) => `read_parquet(${quoteString(`${datastoreDir}/data/${name}.parquet`)})`;
      const [unit, key] = [quoteIdent(HIDDEN.unit), quoteIdent(HIDDEN.key)];
      await db.exec(
        `CREATE OR REPLACE TEMP TABLE pop AS SELECT unit_id AS ${unit}, unit_id AS ${key}, value AS kjonn FROM ${data('BEFOLKNING_KJOENN')}`,
      );
      const baselineSeconds = await medianSeconds(
        () =>
          db.exec(
            `CREATE OR REPLACE TEMP TABLE joined AS SELECT p.*, v.value AS lonn FROM pop AS p LEFT JOIN (SELECT unit_id, value FROM ${data('INNTEKT_WLONN')} WHERE start <= DATE '2022-12-31' AND DATE '2022-12-31' <= stop) AS v ON v.unit_id = p.${unit}`,
          ),
        3,
      );
      return { seconds, baselineSeconds };
    } finally {
      await db.close();
    }
  },
};

type Engine = Awaited<ReturnType<typeof openBenchEngine>>;

/** Runs the script and returns the seconds its last step (the import) took. */
async function importStep(db: Engine['db'], source: Engine['source'], plan: Plan): Promise<number> {
  let started = 0;
  const result = await runPlan(plan, {
    db,
    source,
    keepWorkspace: true,
    onStep: ({ index }) => {
      if (index === plan.steps.length - 1) started = performance.now();
    },
  });
  const seconds = (performance.now() - started) / 1000;
  await result.workspace.dispose();
  if (result.status !== 'completed') throw new Error('the import script failed');
  return seconds;
}
