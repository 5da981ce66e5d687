import { eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { localCredentials, users } from '../db/schema';
import type { AuthMethod, AuthOutcome } from './auth-method';
import { verifyDecoy, verifyPassword } from './passwords';

/** Username and password, as `POST /api/auth/login` receives them. */
export interface PasswordCredentials {
  username: string;
  password: string;
}

/** Login with a local account's argon2-hashed password. */
export class LocalPasswordMethod implements AuthMethod<PasswordCredentials> {
  readonly id = 'local';
  constructor(private readonly db: Db) {}

  async authenticate({ username, password }: PasswordCredentials): Promise<AuthOutcome> {
    const row = this.db
      .select({ id: users.id, disabled: users.disabled, hash: localCredentials.passwordHash })
      .from(users)
      .innerJoin(localCredentials, eq(localCredentials.userId, users.id))
      .where(eq(users.username, normaliseUsername(username)))
      .get();
    if (!row) {
      await verifyDecoy(password);
      return { ok: false, reason: 'invalid-credentials', userId: null };
    }
    if (!(await verifyPassword(row.hash, password))) {
      return { ok: false, reason: 'invalid-credentials', userId: row.id };
    }
    // Checked after the password so a wrong guess cannot learn that an account is disabled.
    if (row.disabled) return { ok: false, reason: 'account-disabled', userId: row.id };
    return { ok: true, userId: row.id };
  }
}

/** Usernames are compared case-insensitively and without surrounding spaces. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}
