import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Times are integer milliseconds since the epoch (UTC); calendar dates are 'YYYY-MM-DD' text.

/** Organisations whose staff use the service (universities, ministries, municipalities, ...). */
export const institutions = sqliteTable('institutions', {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text().notNull().unique(),
  createdAt: integer().notNull(),
});

/** Agreements giving an institution's users access, valid on validFrom..validTo inclusive. */
export const agreements = sqliteTable(
  'agreements',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    institutionId: integer()
      .notNull()
      .references(() => institutions.id),
    reference: text().notNull(),
    validFrom: text().notNull(),
    validTo: text().notNull(),
    createdAt: integer().notNull(),
  },
  (t) => [index('agreements_institution').on(t.institutionId)],
);

/** Accounts. Credentials live per login method (see local_credentials). */
export const users = sqliteTable('users', {
  id: integer().primaryKey({ autoIncrement: true }),
  username: text().notNull().unique(),
  displayName: text().notNull(),
  institutionId: integer().references(() => institutions.id),
  disabled: integer({ mode: 'boolean' }).notNull().default(false),
  createdAt: integer().notNull(),
});

/** Roles held by an account, one row per role. */
export const userRoles = sqliteTable(
  'user_roles',
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** Password hashes (argon2id, PHC string) of the local login method. */
export const localCredentials = sqliteTable('local_credentials', {
  userId: integer()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  passwordHash: text().notNull(),
  updatedAt: integer().notNull(),
});

/** Sessions; only a SHA-256 of the cookie value is stored, so a database leak yields no usable session. */
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text().notNull(),
    authMethod: text().notNull(),
    createdAt: integer().notNull(),
    lastSeenAt: integer().notNull(),
    expiresAt: integer().notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** Failed-login counters per username and per client address, for rate limiting and lockout. */
export const loginThrottle = sqliteTable('login_throttle', {
  key: text().primaryKey(),
  failures: integer().notNull(),
  windowStart: integer().notNull(),
  lockedUntil: integer(),
});

/** Versions of the end-user terms; the highest version is the current one. */
export const termsVersions = sqliteTable('terms_versions', {
  version: integer().primaryKey(),
  textNb: text().notNull(),
  textEn: text().notNull(),
  publishedAt: integer().notNull(),
});

/** Which user accepted which version of the terms, and when. */
export const termsAcceptances = sqliteTable(
  'terms_acceptances',
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    version: integer()
      .notNull()
      .references(() => termsVersions.version),
    acceptedAt: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.version] })],
);

/** Saved scripts, owned by one user. */
export const scripts = sqliteTable(
  'scripts',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    latestVersion: integer().notNull(),
    createdAt: integer().notNull(),
    updatedAt: integer().notNull(),
  },
  (t) => [index('scripts_user').on(t.userId)],
);

/** Every saved text of a script; versions are never changed. */
export const scriptVersions = sqliteTable(
  'script_versions',
  {
    scriptId: integer()
      .notNull()
      .references(() => scripts.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    text: text().notNull(),
    createdAt: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.scriptId, t.version] })],
);

/** One workspace per user: a pure function of the scripts that built it, so it can be rebuilt by replay. */
export const workspaces = sqliteTable('workspaces', {
  id: integer().primaryKey({ autoIncrement: true }),
  userId: integer()
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: 'cascade' }),
  needsRebuild: integer({ mode: 'boolean' }).notNull().default(false),
  summaryJson: text(),
  updatedAt: integer().notNull(),
});

/** Jobs: the script as submitted, the plan the server compiled, and the protected outputs. */
export const jobs = sqliteTable(
  'jobs',
  {
    id: text().primaryKey(),
    seq: integer().notNull().unique(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    workspaceId: integer()
      .notNull()
      .references(() => workspaces.id),
    script: text().notNull(),
    planJson: text().notNull(),
    datastoresJson: text().notNull(),
    state: text().notNull(),
    progressJson: text(),
    outputsJson: text(),
    errorCode: text(),
    errorMessage: text(),
    errorLine: integer(),
    /** How many plan steps changed the workspace; a replay re-applies exactly these. */
    appliedSteps: integer(),
    createdAt: integer().notNull(),
    startedAt: integer(),
    finishedAt: integer(),
  },
  (t) => [index('jobs_user_created').on(t.userId, t.createdAt), index('jobs_state').on(t.state)],
);

/** The jobs whose scripts built a workspace, in order; cleared when the workspace is cleared. */
export const workspaceEntries = sqliteTable(
  'workspace_entries',
  {
    workspaceId: integer()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    seq: integer().notNull(),
    jobId: text()
      .notNull()
      .references(() => jobs.id),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.seq] })],
);

/** Append-only audit log; triggers in the migrations refuse UPDATE and DELETE. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: integer().notNull(),
    action: text().notNull(),
    actorId: integer(),
    actorUsername: text(),
    institutionId: integer(),
    targetType: text(),
    targetId: text(),
    ip: text(),
    detailsJson: text().notNull().default(sql`'{}'`),
  },
  (t) => [index('audit_at').on(t.at), index('audit_action').on(t.action), index('audit_actor').on(t.actorId)],
);
