import { eq } from 'drizzle-orm';
import type { Clock } from '../config/clock';
import type { ServerConfig } from '../config/server-config';
import type { Db } from '../db/open';
import { loginThrottle } from '../db/schema';

/**
 * Counts failed logins per username and per client address in SQLite (so a restart does not reset
 * them) and locks a key for `lockoutMs` once it reaches its limit within `windowMs`. Usernames are
 * counted whether or not the account exists, so the answer never reveals which accounts exist.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly config: ServerConfig['login'],
  ) {}

  /** Milliseconds until the earliest of these keys unlocks, or 0 when none is locked. */
  lockedFor(keys: string[]): number {
    const now = this.clock.now();
    let wait = 0;
    for (const key of keys) {
      const row = this.db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
      if (row?.lockedUntil && row.lockedUntil > now) wait = Math.max(wait, row.lockedUntil - now);
    }
    return wait;
  }

  /** Records a failure on each key; true when that locked any of them. */
  fail(keys: { key: string; limit: number }[]): boolean {
    const now = this.clock.now();
    let locked = false;
    for (const { key, limit } of keys) {
      const row = this.db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
      const fresh = !row || now - row.windowStart >= this.config.windowMs;
      const failures = fresh ? 1 : row.failures + 1;
      const lockedUntil = failures >= limit ? now + this.config.lockoutMs : null;
      locked ||= lockedUntil !== null;
      const values = { failures, windowStart: fresh ? now : row.windowStart, lockedUntil };
      this.db
        .insert(loginThrottle)
        .values({ key, ...values })
        .onConflictDoUpdate({ target: loginThrottle.key, set: values })
        .run();
    }
    return locked;
  }

  /** Clears a key after a successful login. */
  succeed(key: string): void {
    this.db.delete(loginThrottle).where(eq(loginThrottle.key, key)).run();
  }
}

/** Throttle key of a username. */
export const userKey = (username: string) => `user:${username}`;
/** Throttle key of a client address. */
export const addressKey = (address: string) => `ip:${address}`;
