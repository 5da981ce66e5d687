import type { CodeList, DatastoreManifest } from '../../shared/datastore/manifest';
import type { Output } from '../../shared/engine/output';
import { runPlan } from '../../shared/engine/run-plan';
import { catalogFromManifest, compile, type Diagnostic, hasErrors } from '../../shared/lang/index';
import type { SqlDatabase } from '../../shared/sql/database';
import { type PracticeFile, planFiles } from './practice-files';
import { practiceSource } from './practice-source';

/** What one practice run needs: a database, the synthetic manifest, and how to attach its files. */
export interface PracticeRunDeps {
  db: SqlDatabase;
  manifest: DatastoreManifest;
  /** Attaches the practice files a plan reads (see `practice-files.ts`), each under its alias. */
  attach: (files: readonly PracticeFile[]) => Promise<void>;
  codeList?: (name: string) => Promise<CodeList | null>;
}

/** How a practice run ended: as a live run would, or `rejected` when the script does not compile. */
export interface PracticeRunResult {
  status: 'completed' | 'failed' | 'rejected';
  /** Released outputs only, in order (each also went to `onOutput` as it appeared). */
  outputs: Output[];
  /** The compiler's diagnostics (warnings too, e.g. a substituted datastore version). */
  diagnostics: Diagnostic[];
  failedLine: number | null;
  /** Wall time of compile + attach + run, in seconds. */
  seconds: number;
}

/**
 * Runs a script in practice mode: the same compiler, the same engine (`runPlan`), the same disclosure gate as
 * the server, over the synthetic datastore with public record keys. Never throws for a bad script.
 */
export async function runPracticeScript(
  script: string,
  deps: PracticeRunDeps,
  options: { onOutput?: (output: Output) => void; signal?: AbortSignal } = {},
): Promise<PracticeRunResult> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const compiled = compile(script, [catalogFromManifest(deps.manifest)]);
  if (!compiled.plan || hasErrors(compiled.diagnostics)) {
    return {
      status: 'rejected',
      outputs: [],
      diagnostics: compiled.diagnostics,
      failedLine: null,
      seconds: seconds(),
    };
  }
  await deps.attach(planFiles(compiled.plan));
  const source = practiceSource({ manifest: deps.manifest, codeList: deps.codeList });
  const result = await runPlan(compiled.plan, {
    db: deps.db,
    source,
    onOutput: options.onOutput,
    signal: options.signal,
  });
  return {
    status: result.status,
    outputs: result.outputs,
    diagnostics: compiled.diagnostics,
    failedLine: result.failedLine,
    seconds: seconds(),
  };
}
