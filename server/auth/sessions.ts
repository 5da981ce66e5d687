import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Clock } from '../config/clock';
import type { ServerConfig } from '../config/server-config';
import type { Db } from '../db/open';
import { sessions } from '../db/schema';

/** A live session as middleware sees it. */
export interface SessionRecord {
  idHash: string;
  userId: number;
  csrfToken: string;
  authMethod: string;
  expiresAt: number;
}

/** What a new session hands to the client: the cookie value (never stored) and the CSRF token. */
export interface NewSession extends SessionRecord {
  token: string;
}

/** The session cookie's name. */
export const SESSION_COOKIE = 'rl_session';

/** Sessions stored by the SHA-256 of their random id, with idle and absolute expiry. */
export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly config: ServerConfig['session'],
  ) {}

  /** Starts a session for a user who has just proved who they are. */
  create(userId: number, authMethod: string): NewSession {
    const token = randomToken();
    const now = this.clock.now();
    const record = {
      idHash: hashToken(token),
      userId,
      csrfToken: randomToken(),
      authMethod,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: now + this.config.absoluteMs,
    };
    this.db.insert(sessions).values(record).run();
    this.prune(now);
    return { ...record, token };
  }

  /** The live session of a cookie value, or null; refreshes its idle timer. */
  lookup(token: string): SessionRecord | null {
    const idHash = hashToken(token);
    const row = this.db.select().from(sessions).where(eq(sessions.idHash, idHash)).get();
    if (!row) return null;
    const now = this.clock.now();
    if (now >= row.expiresAt || now - row.lastSeenAt >= this.config.idleMs) {
      this.db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
      return null;
    }
    // Writing on every request would serialise all readers behind the SQLite writer; once a minute is enough.
    if (now - row.lastSeenAt > 60_000) {
      this.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash)).run();
    }
    return row;
  }

  /** Ends one session. */
  destroy(idHash: string): void {
    this.db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
  }

  /** Ends every session of a user except, optionally, one (after a password change or disabling). */
  destroyForUser(userId: number, keepIdHash?: string): void {
    const where = keepIdHash
      ? and(eq(sessions.userId, userId), ne(sessions.idHash, keepIdHash))
      : eq(sessions.userId, userId);
    this.db.delete(sessions).where(where).run();
  }

  private prune(now: number): void {
    this.db
      .delete(sessions)
      .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, now - this.config.idleMs)))
      .run();
  }
}

/** 256 random bits, base64url. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 hex of a token; tokens are random enough that no salt or slow hash is needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
