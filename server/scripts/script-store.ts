import { and, asc, desc, eq } from 'drizzle-orm';
import type { ScriptDetail, ScriptSummary } from '../../shared/api/scripts';
import type { Clock } from '../config/clock';
import { iso } from '../config/clock';
import type { Db } from '../db/open';
import { scripts, scriptVersions } from '../db/schema';

type ScriptRow = typeof scripts.$inferSelect;

/** Saved scripts and their versions; every change of text makes a new version. */
export class ScriptStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** A user's scripts, most recently changed first. */
  list(userId: number): ScriptSummary[] {
    return this.db
      .select()
      .from(scripts)
      .where(eq(scripts.userId, userId))
      .orderBy(desc(scripts.updatedAt), desc(scripts.id))
      .all()
      .map(summary);
  }

  /** A script of this user, or undefined (others' scripts are not found). */
  get(userId: number, id: number): ScriptDetail | undefined {
    const row = this.row(userId, id);
    if (!row) return undefined;
    const versions = this.db
      .select({
        version: scriptVersions.version,
        createdAt: scriptVersions.createdAt,
        text: scriptVersions.text,
      })
      .from(scriptVersions)
      .where(eq(scriptVersions.scriptId, id))
      .orderBy(asc(scriptVersions.version))
      .all();
    return {
      ...summary(row),
      text: versions.at(-1)?.text ?? '',
      versions: versions.map((v) => ({ version: v.version, createdAt: iso(v.createdAt) })),
    };
  }

  /** One version of a user's script, or undefined. */
  version(userId: number, id: number, version: number) {
    if (!this.row(userId, id)) return undefined;
    const row = this.db
      .select()
      .from(scriptVersions)
      .where(and(eq(scriptVersions.scriptId, id), eq(scriptVersions.version, version)))
      .get();
    return row ? { ...row, createdAt: iso(row.createdAt) } : undefined;
  }

  /** Saves a new script as version 1. */
  create(userId: number, name: string, text: string): ScriptDetail {
    const now = this.clock.now();
    const id = this.db.transaction((tx) => {
      const { id } = tx
        .insert(scripts)
        .values({ userId, name, latestVersion: 1, createdAt: now, updatedAt: now })
        .returning({ id: scripts.id })
        .get();
      tx.insert(scriptVersions).values({ scriptId: id, version: 1, text, createdAt: now }).run();
      return id;
    });
    return this.get(userId, id)!;
  }

  /** Renames and/or saves a new version when the text changed; returns the new version number or null. */
  update(userId: number, id: number, change: { name?: string; text?: string }): number | null {
    const row = this.row(userId, id)!;
    const now = this.clock.now();
    const current = this.get(userId, id)!;
    const newVersion =
      change.text !== undefined && change.text !== current.text ? row.latestVersion + 1 : null;
    this.db.transaction((tx) => {
      if (newVersion !== null) {
        tx.insert(scriptVersions)
          .values({ scriptId: id, version: newVersion, text: change.text!, createdAt: now })
          .run();
      }
      tx.update(scripts)
        .set({
          name: change.name ?? row.name,
          latestVersion: newVersion ?? row.latestVersion,
          updatedAt: now,
        })
        .where(eq(scripts.id, id))
        .run();
    });
    return newVersion;
  }

  /** Deletes a script and its versions. */
  delete(userId: number, id: number): boolean {
    return (
      this.db
        .delete(scripts)
        .where(and(eq(scripts.id, id), eq(scripts.userId, userId)))
        .run().changes === 1
    );
  }

  private row(userId: number, id: number): ScriptRow | undefined {
    return this.db
      .select()
      .from(scripts)
      .where(and(eq(scripts.id, id), eq(scripts.userId, userId)))
      .get();
  }
}

function summary(row: ScriptRow): ScriptSummary {
  return {
    id: row.id,
    name: row.name,
    latestVersion: row.latestVersion,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
