// A worker like the app's practice worker, plus the hand-written baseline, for the practice benchmark.
import { expose } from 'comlink';
import type { Output } from '../../../shared/engine/output';
import type { PracticeFileStrategy } from '../../../worker/practice/browser-files';
import { openPracticeSession, type PracticeSession } from '../../../worker/practice/browser-session';
import { runPracticeScript } from '../../../worker/practice/practice-run';
import { practiceBaselineSql, practiceReferenceFiles, practiceReferenceScript } from '../practice-reference';

const sessions = new Map<PracticeFileStrategy, PracticeSession>();

function sessionOf(strategy: PracticeFileStrategy): PracticeSession {
  const session = sessions.get(strategy);
  if (!session) throw new Error(`load('${strategy}') first`);
  return session;
}

const api = {
  /** Starts duckdb-wasm and reads the practice manifest; returns seconds. */
  async load(strategy: PracticeFileStrategy): Promise<number> {
    const started = performance.now();
    sessions.set(strategy, await openPracticeSession({ strategy }));
    return (performance.now() - started) / 1000;
  },

  /** Runs the reference script through the practice engine; returns its seconds, status and outputs. */
  async runScript(
    strategy: PracticeFileStrategy,
  ): Promise<{ seconds: number; status: string; outputs: Output[] }> {
    const result = await runPracticeScript(practiceReferenceScript, sessionOf(strategy));
    const diagnostics = result.diagnostics.filter((d) => d.severity === 'error');
    if (diagnostics.length > 0)
      throw new Error(`the reference script does not compile: ${JSON.stringify(diagnostics)}`);
    return { seconds: result.seconds, status: result.status, outputs: result.outputs };
  },

  /** Runs the hand-written baseline in the same duckdb-wasm instance; returns its seconds and result rows. */
  async runBaseline(strategy: PracticeFileStrategy): Promise<{ seconds: number; rows: number }> {
    const session = sessionOf(strategy);
    await session.attach(practiceReferenceFiles);
    const started = performance.now();
    let rows = 0;
    for (const statement of practiceBaselineSql()) {
      if (statement.returnsRows) rows += (await session.db.query(statement.sql)).length;
      else await session.db.exec(statement.sql);
    }
    return { seconds: (performance.now() - started) / 1000, rows };
  },
};

/** The benchmark worker's API. */
export type BenchWorkerApi = typeof api;

expose(api);
