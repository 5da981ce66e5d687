import { type DisclosureConfig, defaultDisclosureConfig } from '../disclosure/config';
import type { Plan, Step } from '../lang/plan';
import type { SqlDatabase } from '../sql/database';
import { handlerOf, type StepHandler } from './commands/registry';
import type { DatastoreSource } from './datastore-source';
import type { EngineContext } from './engine-context';
import { EngineError, EngineRefusal } from './errors';
import { sqlOf } from './expr/sql-of';
import { type GateAudit, type GateState, newGateState, release, releaseError, releaseRefusal } from './gate';
import { type LabelLanguage, LabelStore } from './labels';
import type { Output } from './output';
import type { RawEnvelope } from './protect/raw-envelope';
import { classifyFailure } from './run-failure';
import { changesWorkspace } from './run-replay';
import { Workspace } from './workspace';
import { defaultPopulationGuard } from './workspace-population';

/** How a run ended: every step ran (refusals included), a command failed, or the time limit stopped it. */
export type RunStatus = 'completed' | 'failed';

/** What `runPlan` needs. Only `db` and `source` are required. */
export interface RunOptions {
  db: SqlDatabase;
  source: DatastoreSource;
  disclosure?: DisclosureConfig;
  /** The gate's memory (query budget, released fingerprints); a fresh one by default. */
  gate?: GateState;
  /** Every gate decision; `output` is the index in the run's outputs. */
  audit?: GateAudit;
  /** Stops the run between steps, and interrupts the running statement. */
  signal?: AbortSignal;
  /** Wall-clock limit for the whole run, in milliseconds; the statement running then is interrupted. */
  timeLimitMs?: number;
  /** Called with every released output as soon as it exists (for streaming to the browser). */
  onOutput?: (output: Output) => void;
  /** Called before each step runs. */
  onStep?: (step: { index: number; line: number; command: string }) => void;
  /** Receives the full text of unexpected failures (DuckDB errors); never shown to users, may hold values. */
  onInternalError?: (error: unknown, step: Step) => void;
  language?: LabelLanguage;
  /** Keep the workspace tables after the run (practice mode replays into it); dropped by default. */
  keepWorkspace?: boolean;
  /** Prefix of the run's internal table names. */
  tablePrefix?: string;
  /**
   * Earlier plans to replay first, silently, to rebuild the workspace (only their steps that may change it;
   * outputs are discarded and the gate is not charged). A replayed step that fails throws `ReplayError`.
   */
  replay?: readonly Plan[];
}

/** Rebuilding the workspace from earlier runs failed: its state is unknown. */
export class ReplayError extends Error {
  constructor(readonly line: number) {
    super(`replaying the workspace failed at line ${line} of an earlier run`);
    this.name = 'ReplayError';
  }
}

/** What a run produced: released outputs only, and how it ended. */
export interface RunResult {
  status: RunStatus;
  outputs: Output[];
  /** Line of the command that stopped the run, when it failed. */
  failedLine: number | null;
  /** The workspace after the run (its tables are gone unless `keepWorkspace`). */
  workspace: Workspace;
}

/**
 * Runs a checked plan: each step's handler runs, its effect is applied atomically, and every result passes the
 * disclosure gate. A refusal does not stop the script (the command is simply not applied); the first error
 * does, with an `error` output at its line, leaving the workspace as it was before that command.
 */
export async function runPlan(plan: Plan, options: RunOptions): Promise<RunResult> {
  const disclosure = options.disclosure ?? defaultDisclosureConfig;
  const gate = options.gate ?? newGateState();
  const workspace = new Workspace({
    db: options.db,
    guard: defaultPopulationGuard(options.db, disclosure),
    labels: new LabelStore(options.source, options.language),
    tablePrefix: options.tablePrefix,
  });
  const outputs: Output[] = [];
  const publish = (output: Output) => {
    outputs.push(output);
    options.onOutput?.(output);
  };
  const audit: GateAudit = options.audit ?? (() => {});
  const limit = startLimit(options);
  let failedLine: number | null = null;
  const context = (emit: EngineContext['emit']) => ({
    db: options.db,
    source: options.source,
    disclosure,
    workspace,
    sqlOf,
    signal: limit.signal,
    emit,
  });
  try {
    for (const earlier of options.replay ?? []) {
      for (const step of earlier.steps) {
        if (!changesWorkspace(step.kind)) continue;
        const envelope: RawEnvelope = { line: step.line, command: step.kind, span: step.span };
        const error = await runStep(
          step,
          envelope,
          context(() => {}),
        ).catch((failure: unknown) => failure);
        if (error !== undefined && !(error instanceof EngineRefusal)) {
          if (!(error instanceof EngineError)) options.onInternalError?.(error, step);
          throw new ReplayError(step.line);
        }
      }
    }
    for (const [index, step] of plan.steps.entries()) {
      options.onStep?.({ index, line: step.line, command: step.kind });
      const envelope: RawEnvelope = { line: step.line, command: step.kind, span: step.span };
      const error = await runStep(
        step,
        envelope,
        context((raw) => {
          const base = outputs.length;
          const released = release(raw, disclosure, gate, (d) => audit({ ...d, output: base + d.output }));
          for (const output of released) publish(output);
        }),
      ).catch((failure: unknown) => failure);
      if (error === undefined) continue;
      if (error instanceof EngineRefusal) {
        const base = outputs.length;
        publish(releaseRefusal(envelope, error.decision, (d) => audit({ ...d, output: base + d.output })));
        continue;
      }
      if (!(error instanceof EngineError)) options.onInternalError?.(error, step);
      const engineError = error instanceof EngineError ? error : classifyFailure(error, limit.reason());
      publish(releaseError(envelope, { code: engineError.code, message: engineError.text }));
      failedLine = step.line;
      break;
    }
    if (failedLine === null) {
      const last = plan.steps.at(-1);
      const error = await workspace.materialize().catch((failure: unknown) => failure);
      if (error !== undefined && last) {
        if (!(error instanceof EngineError)) options.onInternalError?.(error, last);
        const engineError = error instanceof EngineError ? error : classifyFailure(error, limit.reason());
        publish(
          releaseError(
            { line: last.line, command: last.kind, span: last.span },
            { code: engineError.code, message: engineError.text },
          ),
        );
        failedLine = last.line;
      }
    }
  } finally {
    limit.stop();
    if (!options.keepWorkspace) await workspace.dispose().catch(() => undefined);
  }
  return { status: failedLine === null ? 'completed' : 'failed', outputs, failedLine, workspace };
}

async function runStep(
  step: Step,
  envelope: RawEnvelope,
  ctx: EngineContext & { workspace: Workspace },
): Promise<undefined> {
  if (ctx.signal.aborted) throw ctx.signal.reason;
  const handler = handlerOf(step.kind) as StepHandler<Step['kind']> | undefined;
  if (!handler)
    throw new EngineError('not-implemented', {
      nb: `Kommandoen ${envelope.command} kan ikke kjøres her ennå.`,
      en: `The command ${envelope.command} cannot be run here yet.`,
    });
  // Imports into an existing population are deferred as views and fused into one pass; everything else
  // sees tables.
  const deferrable = step.kind === 'import' && step.join === 'left';
  if (!deferrable) await ctx.workspace.materialize();
  const effect = await handler(step, ctx);
  if (ctx.signal.aborted) throw ctx.signal.reason;
  if (effect && deferrable) await ctx.workspace.applyDeferred(effect);
  else if (effect) await ctx.workspace.apply(effect);
  return undefined;
}

/** The run's abort signal: the caller's, plus a timer that interrupts the database at the time limit. */
function startLimit(options: RunOptions) {
  const controller = new AbortController();
  let why: 'time-limit' | 'cancelled' | null = null;
  const abort = (reason: 'time-limit' | 'cancelled') => {
    if (controller.signal.aborted) return;
    why = reason;
    controller.abort(new EngineError(reason, reasonText[reason]));
    options.db.interrupt();
  };
  const onCallerAbort = () => abort('cancelled');
  options.signal?.addEventListener('abort', onCallerAbort);
  if (options.signal?.aborted) abort('cancelled');
  const timer =
    options.timeLimitMs === undefined
      ? undefined
      : setTimeout(() => abort('time-limit'), options.timeLimitMs);
  return {
    signal: controller.signal,
    reason: () => why,
    stop() {
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

const reasonText = {
  'time-limit': {
    nb: 'Skriptet brukte for lang tid og ble stoppet (tidsgrensen for en jobb).',
    en: 'The script took too long and was stopped (the time limit of a job).',
  },
  cancelled: { nb: 'Kjøringen ble avbrutt.', en: 'The run was cancelled.' },
};
