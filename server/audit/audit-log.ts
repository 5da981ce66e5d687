import type { AuditEntry, AuditQuery } from '../../shared/api/audit';
import type { Clock } from '../config/clock';
import { iso } from '../config/clock';
import type { Db } from '../db/open';
import { auditLog } from '../db/schema';

/** Every kind of audit record; names are stable (exports and dashboards filter on them). */
export type AuditAction =
  | 'auth.login.succeeded'
  | 'auth.login.failed'
  | 'auth.login.locked'
  | 'auth.logout'
  | 'auth.password.changed'
  | 'job.submitted'
  | 'job.rejected'
  | 'job.started'
  | 'job.finished'
  | 'job.cancelled'
  | 'job.recovered'
  | 'datastore.used'
  | 'disclosure.decision'
  | 'script.saved'
  | 'script.deleted'
  | 'workspace.cleared'
  | 'user.created'
  | 'user.updated'
  | 'user.password.reset'
  | 'institution.created'
  | 'institution.updated'
  | 'agreement.created'
  | 'agreement.updated'
  | 'terms.published'
  | 'terms.accepted';

/** Who did something, as the audit log records it. */
export interface AuditActor {
  id: number;
  username: string;
  institutionId: number | null;
}

/** One thing to record. */
export interface AuditEvent {
  action: AuditAction;
  actor?: AuditActor | null;
  /** For events without a signed-in actor (a failed login): the name that was tried. */
  username?: string;
  targetType?: string;
  targetId?: string | number;
  ip?: string | null;
  details?: Record<string, unknown>;
}

type Filters = Omit<AuditQuery, 'limit' | 'before'> & { before?: number };

/** Appends to and reads the append-only audit log. */
export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Appends one record. */
  record(event: AuditEvent): void {
    this.db
      .insert(auditLog)
      .values({
        at: this.clock.now(),
        action: event.action,
        actorId: event.actor?.id ?? null,
        actorUsername: event.actor?.username ?? event.username ?? null,
        institutionId: event.actor?.institutionId ?? null,
        targetType: event.targetType ?? null,
        targetId: event.targetId === undefined ? null : String(event.targetId),
        ip: event.ip ?? null,
        detailsJson: JSON.stringify(event.details ?? {}),
      })
      .run();
  }

  /** One page, newest first; `nextBefore` continues it. */
  query(query: AuditQuery): { entries: AuditEntry[]; nextBefore: number | null } {
    const { sql, params } = whereClause(query);
    const rows = this.db.$client
      .prepare(`SELECT * FROM audit_log ${sql} ORDER BY id DESC LIMIT ?`)
      .all(...params, query.limit + 1) as AuditRow[];
    const more = rows.length > query.limit;
    const entries = rows.slice(0, query.limit).map(toEntry);
    return { entries, nextBefore: more ? (entries.at(-1)?.id ?? null) : null };
  }

  /**
   * Every matching record, oldest first, read in batches: a statement left open across the awaits
   * of a streamed export would block every other write on this connection.
   */
  *iterate(filters: Filters): Generator<AuditEntry> {
    let after = 0;
    for (;;) {
      const { sql, params } = whereClause(filters, 'id > ?');
      const rows = this.db.$client
        .prepare(`SELECT * FROM audit_log ${sql} ORDER BY id ASC LIMIT 1000`)
        .all(...params, after) as AuditRow[];
      for (const row of rows) yield toEntry(row);
      if (rows.length < 1000) return;
      after = rows.at(-1)!.id;
    }
  }
}

interface AuditRow {
  id: number;
  at: number;
  action: string;
  actorId: number | null;
  actorUsername: string | null;
  institutionId: number | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  detailsJson: string;
}

function toEntry(row: AuditRow): AuditEntry {
  const { detailsJson, at, ...rest } = row;
  return { ...rest, at: iso(at), details: JSON.parse(detailsJson) as Record<string, unknown> };
}

function whereClause(f: Filters, extra?: string): { sql: string; params: (string | number)[] } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const add = (clause: string, value: string | number | undefined) => {
    if (value === undefined) return;
    clauses.push(clause);
    params.push(value);
  };
  // A trailing '.*' asks for a family of actions, e.g. 'job.*'.
  if (f.action?.endsWith('.*')) add('action LIKE ?', `${f.action.slice(0, -1)}%`);
  else add('action = ?', f.action);
  add('actorId = ?', f.actorId);
  add('institutionId = ?', f.institutionId);
  add('targetType = ?', f.targetType);
  add('targetId = ?', f.targetId);
  add('at >= ?', f.from === undefined ? undefined : Date.parse(f.from));
  add('at <= ?', f.to === undefined ? undefined : Date.parse(f.to));
  add('id < ?', f.before);
  if (extra) clauses.push(extra);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
