import path from 'node:path';
import { asc, eq, max } from 'drizzle-orm';
import type { DatastoreRef } from '../../shared/api/jobs';
import type { Workspace } from '../../shared/api/workspace';
import type { Clock } from '../config/clock';
import { iso } from '../config/clock';
import type { Db } from '../db/open';
import { jobs, workspaceEntries, workspaces } from '../db/schema';
import type { JobWorkspace, ReplayEntry } from '../jobs/executor';

/** Per-user workspaces: which runs built them and whether they must be rebuilt by replay. */
export class WorkspaceStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly rootDir: string,
  ) {}

  /** The user's workspace id, created on first use. */
  idFor(userId: number): number {
    const row = this.db
      .select({ id: workspaces.id })
      .from(workspaces)
      .where(eq(workspaces.userId, userId))
      .get();
    if (row) return row.id;
    return this.db
      .insert(workspaces)
      .values({ userId, updatedAt: this.clock.now() })
      .returning({ id: workspaces.id })
      .get().id;
  }

  /** The workspace as the executor receives it. */
  forExecutor(id: number): JobWorkspace {
    const row = this.db.select().from(workspaces).where(eq(workspaces.id, id)).get()!;
    return {
      id,
      dir: path.join(this.rootDir, String(id)),
      needsRebuild: row.needsRebuild,
      history: this.history(id),
    };
  }

  /** The runs that built the workspace, oldest first. */
  history(id: number): ReplayEntry[] {
    return this.db
      .select({
        jobId: jobs.id,
        script: jobs.script,
        planJson: jobs.planJson,
        datastoresJson: jobs.datastoresJson,
        appliedSteps: jobs.appliedSteps,
      })
      .from(workspaceEntries)
      .innerJoin(jobs, eq(jobs.id, workspaceEntries.jobId))
      .where(eq(workspaceEntries.workspaceId, id))
      .orderBy(asc(workspaceEntries.seq))
      .all()
      .map((r) => ({
        jobId: r.jobId,
        script: r.script,
        plan: JSON.parse(r.planJson) as unknown,
        datastores: JSON.parse(r.datastoresJson) as DatastoreRef[],
        appliedSteps: r.appliedSteps ?? 0,
      }));
  }

  /** Appends a finished run that changed the workspace. */
  append(id: number, jobId: string): void {
    const last = this.db
      .select({ seq: max(workspaceEntries.seq) })
      .from(workspaceEntries)
      .where(eq(workspaceEntries.workspaceId, id))
      .get();
    this.db
      .insert(workspaceEntries)
      .values({ workspaceId: id, seq: (last?.seq ?? 0) + 1, jobId })
      .run();
    this.touch(id, {});
  }

  /** Marks (or clears) the need to rebuild by replay. */
  setNeedsRebuild(id: number, needsRebuild: boolean): void {
    this.touch(id, { needsRebuild });
  }

  /** Stores the engine's latest description of the workspace. */
  setSummary(id: number, summary: unknown): void {
    this.touch(id, { summaryJson: JSON.stringify(summary) });
  }

  /** Empties the workspace: no history, and the engine must drop what it holds. */
  clear(id: number): void {
    this.db.transaction((tx) => {
      tx.delete(workspaceEntries).where(eq(workspaceEntries.workspaceId, id)).run();
      tx.update(workspaces)
        .set({ needsRebuild: true, summaryJson: null, updatedAt: this.clock.now() })
        .where(eq(workspaces.id, id))
        .run();
    });
  }

  /** The API view. */
  toApi(id: number): Workspace {
    const row = this.db.select().from(workspaces).where(eq(workspaces.id, id)).get()!;
    const entries = this.db
      .select({ jobId: jobs.id, appliedSteps: jobs.appliedSteps, finishedAt: jobs.finishedAt })
      .from(workspaceEntries)
      .innerJoin(jobs, eq(jobs.id, workspaceEntries.jobId))
      .where(eq(workspaceEntries.workspaceId, id))
      .orderBy(asc(workspaceEntries.seq))
      .all();
    return {
      needsRebuild: row.needsRebuild,
      history: entries.map((e) => ({
        jobId: e.jobId,
        appliedSteps: e.appliedSteps ?? 0,
        finishedAt: iso(e.finishedAt ?? 0),
      })),
      summary: row.summaryJson === null ? null : (JSON.parse(row.summaryJson) as unknown),
      updatedAt: iso(row.updatedAt),
    };
  }

  private touch(id: number, fields: Partial<typeof workspaces.$inferInsert>): void {
    this.db
      .update(workspaces)
      .set({ ...fields, updatedAt: this.clock.now() })
      .where(eq(workspaces.id, id))
      .run();
  }
}
