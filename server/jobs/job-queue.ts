import fs from 'node:fs';
import type { DatastoreRef, JobEvent, JobProgress } from '../../shared/api/jobs';
import type { AuditLog } from '../audit/audit-log';
import type { Clock } from '../config/clock';
import type { ServerConfig } from '../config/server-config';
import type { DatastoreRegistry } from '../datastores/registry';
import type { Logger } from '../logging/logger';
import type { ServerMetrics } from '../metrics/metrics';
import type { WorkspaceStore } from '../workspaces/workspace-store';
import type { JobExecutor, JobResult } from './executor';
import { pickNext, type QueuedJob } from './fair-order';
import type { JobEvents } from './job-events';
import { type AbortReason, outcomeOf, type RunOutcome, serverRestartError } from './job-outcome';
import { recordRunEffects } from './job-records';
import { type JobRow, type JobStore, jobDetail, jobSummary } from './job-store';

/** What the queue needs. */
export interface JobQueueDeps {
  clock: Clock;
  config: ServerConfig['jobs'];
  executor: JobExecutor;
  datastores: DatastoreRegistry;
  jobs: JobStore;
  workspaces: WorkspaceStore;
  audit: AuditLog;
  events: JobEvents;
  metrics: ServerMetrics;
  logger: Logger;
}

interface RunningJob {
  userId: number;
  controller: AbortController;
  abortReason?: AbortReason;
  settled: boolean;
  startedAt: number;
  timers: NodeJS.Timeout[];
  done: Promise<void>;
  release: () => void;
}

/**
 * The job queue: fair order across users, a fixed number of execution slots, a per-user concurrency
 * limit, a time limit per job, cancel, and recovery of jobs that were running when the process died.
 */
export class JobQueue {
  private queued: QueuedJob[] = [];
  private readonly running = new Map<string, RunningJob>();
  private readonly lastServed = new Map<number, number>();
  private servedCount = 0;
  private stopped = false;

  constructor(private readonly deps: JobQueueDeps) {}

  /** Recovers from the previous process: jobs it was running fail, their workspaces are marked for rebuild. */
  start(): void {
    const { jobs, workspaces, audit, clock } = this.deps;
    for (const row of jobs.inStates(['running'])) {
      const end = {
        state: 'failed' as const,
        finishedAt: clock.now(),
        outputs: [],
        error: serverRestartError,
        appliedSteps: 0,
      };
      if (!jobs.finish(row.id, end)) continue;
      workspaces.setNeedsRebuild(row.workspaceId, true);
      audit.record({
        action: 'job.recovered',
        targetType: 'job',
        targetId: row.id,
        details: { userId: row.userId, state: 'failed', errorCode: serverRestartError.code },
      });
      this.deps.logger.warn('job.recovered', { jobId: row.id, userId: row.userId });
    }
    this.queued = jobs.inStates(['queued']).map(({ id, userId, seq }) => ({ id, userId, seq }));
    this.pump();
  }

  /** Adds a freshly inserted job and starts what can start. */
  enqueue(row: JobRow): void {
    this.queued.push({ id: row.id, userId: row.userId, seq: row.seq });
    this.deps.logger.info('job.queued', { jobId: row.id, userId: row.userId });
    this.emit(row.id, { type: 'state', job: jobSummary(row, this.position(row.id)) });
    this.pump();
  }

  /** Cancels a queued or running job; false when it had already ended. */
  cancel(jobId: string): boolean {
    const index = this.queued.findIndex((q) => q.id === jobId);
    if (index >= 0) {
      this.queued.splice(index, 1);
      this.finish(
        jobId,
        { state: 'cancelled', error: null, outputs: [], appliedSteps: 0, rebuild: 'keep' },
        undefined,
      );
      this.pump();
      return true;
    }
    const run = this.running.get(jobId);
    if (!run || run.settled) return false;
    this.abort(jobId, run, 'cancelled');
    return true;
  }

  /** 1-based place in the order jobs would start if every slot were free, or null if not queued. */
  position(jobId: string): number | null {
    return this.positions().get(jobId) ?? null;
  }

  /** The place of every queued job, by simulating the fair order over the whole queue. */
  positions(): Map<string, number> {
    const pending = [...this.queued];
    const lastServed = new Map(this.lastServed);
    const places = new Map<string, number>();
    for (let place = 1, tick = this.servedCount; pending.length; place++, tick++) {
      const next = pickNext(pending, { running: new Map(), lastServed, perUserLimit: 1 })!;
      places.set(next.id, place);
      lastServed.set(next.userId, tick);
      pending.splice(pending.indexOf(next), 1);
    }
    return places;
  }

  /** Jobs of a user that are queued or running. */
  activeFor(userId: number): number {
    let n = this.queued.filter((q) => q.userId === userId).length;
    for (const run of this.running.values()) if (run.userId === userId && !run.settled) n++;
    return n;
  }

  /** Queue length and running jobs. */
  counts(): { queued: number; running: number } {
    return { queued: this.queued.length, running: this.running.size };
  }

  /** Stops starting jobs, aborts running ones and waits (up to the grace period) for them to end. */
  async close(): Promise<void> {
    this.stopped = true;
    for (const [jobId, run] of this.running) this.abort(jobId, run, 'server-shutdown');
    await Promise.all([...this.running.values()].map((r) => r.done));
  }

  private pump(): void {
    while (!this.stopped && this.running.size < this.deps.config.workers) {
      const next = pickNext(this.queued, {
        running: this.runningPerUser(),
        lastServed: this.lastServed,
        perUserLimit: this.deps.config.perUserConcurrency,
      });
      if (!next) break;
      this.queued.splice(this.queued.indexOf(next), 1);
      this.lastServed.set(next.userId, this.servedCount++);
      this.launch(next.id);
    }
    this.deps.metrics.queueLength.set(this.queued.length);
    this.deps.metrics.jobsRunning.set(this.running.size);
  }

  private runningPerUser(): Map<number, number> {
    const counts = new Map<number, number>();
    for (const run of this.running.values()) counts.set(run.userId, (counts.get(run.userId) ?? 0) + 1);
    return counts;
  }

  private launch(jobId: string): void {
    const { jobs, clock, config, workspaces, datastores, audit, executor, metrics, logger } = this.deps;
    const now = clock.now();
    if (!jobs.markRunning(jobId, now)) return;
    const row = jobs.get(jobId)!;
    let release = () => {};
    const run: RunningJob = {
      userId: row.userId,
      controller: new AbortController(),
      settled: false,
      startedAt: now,
      timers: [],
      done: new Promise<void>((resolve) => {
        release = resolve;
      }),
      release: () => release(),
    };
    this.running.set(jobId, run);
    run.timers.push(setTimeout(() => this.abort(jobId, run, 'time-limit'), config.timeLimitMs));
    metrics.jobWait.observe((now - row.createdAt) / 1000);
    const refs = JSON.parse(row.datastoresJson) as DatastoreRef[];
    for (const ref of refs) {
      audit.record({
        action: 'datastore.used',
        targetType: 'job',
        targetId: jobId,
        details: { userId: row.userId, datastore: ref.name, version: ref.version },
      });
    }
    audit.record({
      action: 'job.started',
      targetType: 'job',
      targetId: jobId,
      details: { userId: row.userId },
    });
    logger.info('job.started', { jobId, userId: row.userId, waitMs: now - row.createdAt });
    this.emit(jobId, { type: 'state', job: jobSummary(row, null) });

    const workspace = workspaces.forExecutor(row.workspaceId);
    let lastStored = 0;
    const onProgress = (progress: JobProgress) => {
      if (run.settled) return;
      this.emit(jobId, { type: 'progress', progress });
      if (clock.now() - lastStored >= 200) {
        lastStored = clock.now();
        jobs.setProgress(jobId, progress);
      }
    };
    const entries = refs.map((r) => datastores.get(r.name, r.version));
    const started = (async (): Promise<JobResult> => {
      const missing = refs.filter((_r, i) => entries[i] === undefined);
      if (missing.length) return datastoreUnavailable(missing);
      fs.mkdirSync(workspace.dir, { recursive: true });
      return executor.run({
        jobId,
        userId: row.userId,
        script: row.script,
        plan: JSON.parse(row.planJson) as unknown,
        datastores: entries.filter((e) => e !== undefined),
        workspace,
        limits: { timeLimitMs: config.timeLimitMs, memoryBytes: config.memoryLimitBytes },
        signal: run.controller.signal,
        onProgress,
      });
    })();
    started.then(
      (result) => this.settle(jobId, run, result),
      (error: unknown) => {
        logger.error('job.executor-error', {
          jobId,
          error: error instanceof Error ? error.message : String(error),
        });
        this.settle(jobId, run, undefined);
      },
    );
  }

  private abort(jobId: string, run: RunningJob, reason: AbortReason): void {
    if (run.settled || run.abortReason) return;
    run.abortReason = reason;
    run.controller.abort(reason);
    this.deps.logger.info('job.aborting', { jobId, reason });
    // An executor that ignores the signal must not hold a slot for ever.
    run.timers.push(
      setTimeout(() => {
        if (run.settled) return;
        this.deps.logger.warn('job.executor-unresponsive', { jobId, graceMs: this.deps.config.abortGraceMs });
        this.settle(jobId, run, undefined);
      }, this.deps.config.abortGraceMs),
    );
  }

  private settle(jobId: string, run: RunningJob, result: JobResult | undefined): void {
    if (run.settled) return;
    run.settled = true;
    for (const timer of run.timers) clearTimeout(timer);
    this.running.delete(jobId);
    const outcome = outcomeOf(result, run.abortReason, this.deps.config);
    this.finish(jobId, outcome, result, run.startedAt);
    run.release();
    this.pump();
  }

  private finish(
    jobId: string,
    outcome: RunOutcome,
    result: JobResult | undefined,
    startedAt?: number,
  ): void {
    const { jobs, clock } = this.deps;
    const finishedAt = clock.now();
    if (!jobs.finish(jobId, { ...outcome, finishedAt })) return;
    const row = jobs.get(jobId)!;
    recordRunEffects(
      this.deps,
      row,
      outcome,
      result,
      startedAt === undefined ? null : finishedAt - startedAt,
    );
    this.emit(jobId, { type: 'done', job: jobDetail(row, null) });
  }

  private emit(jobId: string, event: JobEvent): void {
    this.deps.events.emit(jobId, event);
  }
}

/** The result of a job whose datastore version is no longer on this server (removed after submission). */
function datastoreUnavailable(missing: DatastoreRef[]): JobResult {
  const names = missing.map((m) => `${m.name} ${m.version}`).join(', ');
  return {
    status: 'failed',
    error: {
      code: 'datastore-unavailable',
      message: `The datastore version is no longer available: ${names}.`,
      line: null,
    },
    outputs: [],
    appliedSteps: 0,
    rebuilt: false,
    disclosure: [],
  };
}
