import { asc, eq, inArray, max } from 'drizzle-orm';
import type { User } from '../../shared/api/admin';
import type { Role } from '../../shared/api/roles';
import { ROLES } from '../../shared/api/roles';
import { hashPassword, verifyPassword } from '../auth/passwords';
import type { Clock } from '../config/clock';
import { iso } from '../config/clock';
import type { Db } from '../db/open';
import { localCredentials, termsAcceptances, userRoles, users } from '../db/schema';

/** An account with its roles, as the server works with it. */
export interface Account {
  id: number;
  username: string;
  displayName: string;
  institutionId: number | null;
  disabled: boolean;
  roles: Role[];
  createdAt: number;
}

/** What it takes to make an account. */
export interface NewAccount {
  username: string;
  displayName: string;
  institutionId: number | null;
  roles: Role[];
  password: string;
}

/** Accounts, their roles and their local passwords. */
export class UserStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** One account, or undefined. */
  get(id: number): Account | undefined {
    const row = this.db.select().from(users).where(eq(users.id, id)).get();
    return row ? { ...row, roles: this.rolesOf(row.id) } : undefined;
  }

  /** One account by its (normalised) username, or undefined. */
  findByUsername(username: string): Account | undefined {
    const row = this.db.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
    return row ? this.get(row.id) : undefined;
  }

  /** Accounts of one institution, or of all when null. */
  list(institutionId: number | null): Account[] {
    const rows = this.db
      .select()
      .from(users)
      .where(institutionId === null ? undefined : eq(users.institutionId, institutionId))
      .orderBy(asc(users.username))
      .all();
    return rows.map((row) => ({ ...row, roles: this.rolesOf(row.id) }));
  }

  /** Creates an account with a local password; the caller checks the username is free. */
  async create(account: NewAccount): Promise<Account> {
    const passwordHash = await hashPassword(account.password);
    const now = this.clock.now();
    const id = this.db.transaction((tx) => {
      const { id } = tx
        .insert(users)
        .values({
          username: account.username,
          displayName: account.displayName,
          institutionId: account.institutionId,
          createdAt: now,
        })
        .returning({ id: users.id })
        .get();
      tx.insert(localCredentials).values({ userId: id, passwordHash, updatedAt: now }).run();
      tx.insert(userRoles)
        .values(sortRoles(account.roles).map((role) => ({ userId: id, role })))
        .run();
      return id;
    });
    return this.get(id)!;
  }

  /** Changes name, roles or the disabled flag. */
  update(id: number, change: { displayName?: string; roles?: Role[]; disabled?: boolean }): Account {
    this.db.transaction((tx) => {
      const { roles, ...fields } = change;
      if (Object.keys(fields).length) tx.update(users).set(fields).where(eq(users.id, id)).run();
      if (roles) {
        tx.delete(userRoles).where(eq(userRoles.userId, id)).run();
        tx.insert(userRoles)
          .values(sortRoles(roles).map((role) => ({ userId: id, role })))
          .run();
      }
    });
    return this.get(id)!;
  }

  /** Sets a new local password. */
  async setPassword(id: number, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    const values = { userId: id, passwordHash, updatedAt: this.clock.now() };
    this.db
      .insert(localCredentials)
      .values(values)
      .onConflictDoUpdate({ target: localCredentials.userId, set: values })
      .run();
  }

  /** True when the password matches the account's local password. */
  async checkPassword(id: number, password: string): Promise<boolean> {
    const row = this.db
      .select({ hash: localCredentials.passwordHash })
      .from(localCredentials)
      .where(eq(localCredentials.userId, id))
      .get();
    return row !== undefined && (await verifyPassword(row.hash, password));
  }

  /** The highest terms version each of these accounts accepted. */
  acceptedTermsVersions(ids: number[]): Map<number, number> {
    if (ids.length === 0) return new Map();
    const rows = this.db
      .select({ userId: termsAcceptances.userId, version: max(termsAcceptances.version) })
      .from(termsAcceptances)
      .where(inArray(termsAcceptances.userId, ids))
      .groupBy(termsAcceptances.userId)
      .all();
    return new Map(rows.map((r) => [r.userId, r.version ?? 0]));
  }

  /** The API view of accounts. */
  toApi(accounts: Account[]): User[] {
    const accepted = this.acceptedTermsVersions(accounts.map((a) => a.id));
    return accounts.map((a) => ({
      id: a.id,
      username: a.username,
      displayName: a.displayName,
      roles: a.roles,
      institutionId: a.institutionId,
      disabled: a.disabled,
      createdAt: iso(a.createdAt),
      termsAcceptedVersion: accepted.get(a.id) ?? null,
    }));
  }

  private rolesOf(id: number): Role[] {
    const rows = this.db
      .select({ role: userRoles.role })
      .from(userRoles)
      .where(eq(userRoles.userId, id))
      .all();
    return sortRoles(rows.map((r) => r.role as Role));
  }
}

/** Roles without duplicates, in the order of ROLES. */
function sortRoles(roles: Role[]): Role[] {
  return ROLES.filter((r) => roles.includes(r));
}
