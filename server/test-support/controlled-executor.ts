import type { JobError, JobOutput } from '../../shared/api/jobs';
import type { DisclosureDecision, JobExecutor, JobRequest, JobResult } from '../jobs/executor';

/** Extra fields a test may put in a result. */
type ResultExtras = Partial<Omit<JobResult, 'status' | 'outputs' | 'error'>>;

/** One run the test drives by hand: report progress, then succeed, fail or throw. */
export class ControlledRun {
  readonly result: Promise<JobResult>;
  private resolve!: (result: JobResult) => void;
  private reject!: (error: unknown) => void;
  appliedSteps = 0;
  settled = false;

  constructor(
    readonly request: JobRequest,
    ignoreAbort: boolean,
  ) {
    this.result = new Promise<JobResult>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // A well-behaved engine stops at once and reports what it had applied.
    if (!ignoreAbort) {
      request.signal.addEventListener('abort', () =>
        this.fail({ code: 'aborted', message: 'stopped', line: null }),
      );
    }
  }

  /** Reports that `completed` of the plan's steps are done (each counts as applied to the workspace). */
  progress(completed: number, command: string | null = null, line: number | null = null): void {
    this.appliedSteps = completed;
    this.request.onProgress({
      completedSteps: completed,
      totalSteps: stepCount(this.request),
      line,
      command,
    });
  }

  /** Ends the run successfully with these (already protected) outputs. */
  succeed(outputs: JobOutput[], extras: ResultExtras = {}): void {
    this.settle({ status: 'succeeded', outputs, ...this.defaults(), ...extras });
  }

  /** Ends the run with a failed command. */
  fail(error: JobError, outputs: JobOutput[] = [], extras: ResultExtras = {}): void {
    this.settle({ status: 'failed', error, outputs, ...this.defaults(), ...extras });
  }

  /** Breaks the executor contract by throwing, as a crashing engine would. */
  crash(error: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.reject(error);
  }

  private defaults(): { appliedSteps: number; rebuilt: boolean; disclosure: DisclosureDecision[] } {
    return { appliedSteps: this.appliedSteps, rebuilt: this.request.workspace.needsRebuild, disclosure: [] };
  }

  private settle(result: JobResult): void {
    if (this.settled) return;
    this.settled = true;
    this.resolve(result);
  }
}

/**
 * An honest test double of the engine: each `run` waits until the test settles it (or, with `auto`,
 * settles itself), honours the abort signal unless told to ignore it, and records every request.
 */
export class ControlledExecutor implements JobExecutor {
  readonly runs: ControlledRun[] = [];
  /** When true, runs ignore their abort signal (an engine stuck in a native call). */
  ignoreAbort = false;
  private waiters: (() => void)[] = [];

  constructor(private readonly auto?: (run: ControlledRun) => void | Promise<void>) {}

  run(request: JobRequest): Promise<JobResult> {
    const run = new ControlledRun(request, this.ignoreAbort);
    this.runs.push(run);
    for (const wake of this.waiters.splice(0)) wake();
    if (this.auto) void this.auto(run);
    return run.result;
  }

  /** Resolves with the n-th run (0-based) once it has started. */
  async nthRun(n: number, timeoutMs = 5000): Promise<ControlledRun> {
    const deadline = Date.now() + timeoutMs;
    while (this.runs.length <= n) {
      if (Date.now() > deadline) throw new Error(`run ${n} did not start within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.runs[n]!;
  }
}

function stepCount(request: JobRequest): number {
  const plan = request.plan as { steps?: unknown[] } | null;
  return plan?.steps?.length ?? 0;
}

/** An `auto` behaviour: a table output per step after `delayMs`, reporting progress on the way. */
export function autoSucceed(delayMs: number) {
  return async (run: ControlledRun) => {
    const steps = (run.request.plan as { steps: { kind: string; line: number }[] }).steps;
    for (const [i, step] of steps.entries()) {
      await new Promise((resolve) => setTimeout(resolve, delayMs / Math.max(1, steps.length)));
      if (run.settled) return;
      run.progress(i + 1, step.kind, step.line);
    }
    run.succeed(
      steps.map((s) => ({ kind: 'text', line: s.line, command: s.kind, text: `${s.kind} done` })),
      {
        timings: steps.map((s) => ({ command: s.kind, seconds: delayMs / 1000 / Math.max(1, steps.length) })),
      },
    );
  };
}
