import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type {
  DatastoreRef,
  Job,
  JobError,
  JobOutput,
  JobProgress,
  JobState,
  JobSummary,
} from '../../shared/api/jobs';
import { iso, isoOrNull } from '../config/clock';
import type { Db } from '../db/open';
import { jobs } from '../db/schema';

/** A job row as the queue works with it. */
export type JobRow = typeof jobs.$inferSelect;

/** What a job's end writes. */
export interface JobEnd {
  state: Extract<JobState, 'succeeded' | 'failed' | 'cancelled'>;
  finishedAt: number;
  outputs: JobOutput[];
  error: JobError | null;
  appliedSteps: number;
}

/** Reads and writes job rows. */
export class JobStore {
  constructor(private readonly db: Db) {}

  /** Inserts a queued job with the next submission number. */
  insert(job: {
    id: string;
    userId: number;
    workspaceId: number;
    script: string;
    plan: unknown;
    datastores: DatastoreRef[];
    totalSteps: number;
    createdAt: number;
  }): JobRow {
    return this.db
      .insert(jobs)
      .values({
        id: job.id,
        seq: sql`(SELECT coalesce(max(seq), 0) + 1 FROM jobs)`,
        userId: job.userId,
        workspaceId: job.workspaceId,
        script: job.script,
        planJson: JSON.stringify(job.plan),
        datastoresJson: JSON.stringify(job.datastores),
        state: 'queued',
        progressJson: JSON.stringify({
          completedSteps: 0,
          totalSteps: job.totalSteps,
          line: null,
          command: null,
        }),
        createdAt: job.createdAt,
      })
      .returning()
      .get();
  }

  /** One job, or undefined. */
  get(id: string): JobRow | undefined {
    return this.db.select().from(jobs).where(eq(jobs.id, id)).get();
  }

  /** A user's newest jobs. */
  listForUser(userId: number, limit: number): JobRow[] {
    return this.db
      .select()
      .from(jobs)
      .where(eq(jobs.userId, userId))
      .orderBy(desc(jobs.seq))
      .limit(limit)
      .all();
  }

  /** Jobs in some states, in submission order. */
  inStates(states: JobState[]): JobRow[] {
    return this.db.select().from(jobs).where(inArray(jobs.state, states)).orderBy(asc(jobs.seq)).all();
  }

  /** Job counts by state. */
  countByState(): Record<string, number> {
    const rows = this.db
      .select({ state: jobs.state, n: sql<number>`count(*)` })
      .from(jobs)
      .groupBy(jobs.state)
      .all();
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  }

  /** Marks a queued job running; false if it was no longer queued (cancelled meanwhile). */
  markRunning(id: string, startedAt: number): boolean {
    const result = this.db
      .update(jobs)
      .set({ state: 'running', startedAt })
      .where(and(eq(jobs.id, id), eq(jobs.state, 'queued')))
      .run();
    return result.changes === 1;
  }

  /** Stores the latest progress. */
  setProgress(id: string, progress: JobProgress): void {
    this.db
      .update(jobs)
      .set({ progressJson: JSON.stringify(progress) })
      .where(eq(jobs.id, id))
      .run();
  }

  /** Ends a job that has not ended yet; false when it already had. */
  finish(id: string, end: JobEnd): boolean {
    const result = this.db
      .update(jobs)
      .set({
        state: end.state,
        finishedAt: end.finishedAt,
        outputsJson: JSON.stringify(end.outputs),
        errorCode: end.error?.code ?? null,
        errorMessage: end.error?.message ?? null,
        errorLine: end.error?.line ?? null,
        appliedSteps: end.appliedSteps,
      })
      .where(and(eq(jobs.id, id), inArray(jobs.state, ['queued', 'running'])))
      .run();
    return result.changes === 1;
  }
}

/** The list view of a job. */
export function jobSummary(row: JobRow, queuePosition: number | null): JobSummary {
  return {
    id: row.id,
    state: row.state as JobState,
    createdAt: iso(row.createdAt),
    startedAt: isoOrNull(row.startedAt),
    finishedAt: isoOrNull(row.finishedAt),
    queuePosition: row.state === 'queued' ? queuePosition : null,
    progress: row.progressJson ? (JSON.parse(row.progressJson) as JobProgress) : null,
    datastores: JSON.parse(row.datastoresJson) as DatastoreRef[],
    error: row.errorCode
      ? { code: row.errorCode, message: row.errorMessage ?? '', line: row.errorLine }
      : null,
  };
}

/** The full view of a job, with script and outputs. */
export function jobDetail(row: JobRow, queuePosition: number | null): Job {
  return {
    ...jobSummary(row, queuePosition),
    script: row.script,
    outputs: row.outputsJson ? (JSON.parse(row.outputsJson) as JobOutput[]) : [],
  };
}
