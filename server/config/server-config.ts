/** Limits and policies of one running server; every field has a default in `defaultServerConfig`. */
export interface ServerConfig {
  /** Origins allowed to make state-changing requests, besides the server's own origin. */
  allowedOrigins: string[];
  /** `auto`: Secure cookies when the request arrived over https (or X-Forwarded-Proto says so). */
  secureCookies: boolean | 'auto';
  /** Trust X-Forwarded-For / X-Forwarded-Proto (only behind a reverse proxy you run). */
  trustProxy: boolean;
  session: { idleMs: number; absoluteMs: number };
  login: {
    /** Failed attempts on one username within `windowMs` before it is locked. */
    maxFailuresPerUser: number;
    /** Failed attempts from one client address within `windowMs` before it is locked. */
    maxFailuresPerAddress: number;
    windowMs: number;
    lockoutMs: number;
  };
  jobs: {
    /** Jobs running at once (execution slots). */
    workers: number;
    /** Jobs one user may have running at once. */
    perUserConcurrency: number;
    /** Jobs one user may have queued or running; beyond that POST /api/jobs answers 429. */
    maxQueuedPerUser: number;
    timeLimitMs: number;
    /** Passed to the executor (DuckDB memory_limit). */
    memoryLimitBytes: number;
    /** How long a cancelled or timed-out executor may take to stop before its slot is freed anyway. */
    abortGraceMs: number;
    /** Interval of SSE keep-alive comments. */
    heartbeatMs: number;
  };
  /** Time zone in which agreement dates are read. */
  timeZone: string;
  /** Where per-user workspace folders are made (the executor may keep DuckDB files there). */
  workspacesDir: string;
  /** When set, GET /metrics needs `Authorization: Bearer <token>` (for a scraper outside the host). */
  metricsToken?: string;
}

/** Defaults suited to one machine with two cores. */
export function defaultServerConfig(workspacesDir: string): ServerConfig {
  return {
    allowedOrigins: [],
    secureCookies: 'auto',
    trustProxy: false,
    session: { idleMs: 8 * 3600_000, absoluteMs: 24 * 3600_000 },
    login: {
      maxFailuresPerUser: 5,
      maxFailuresPerAddress: 50,
      windowMs: 15 * 60_000,
      lockoutMs: 15 * 60_000,
    },
    jobs: {
      workers: 2,
      perUserConcurrency: 1,
      maxQueuedPerUser: 20,
      timeLimitMs: 10 * 60_000,
      memoryLimitBytes: 4 * 1024 ** 3,
      abortGraceMs: 10_000,
      heartbeatMs: 15_000,
    },
    timeZone: 'Europe/Oslo',
    workspacesDir,
  };
}

/** A config with some fields replaced (one level deep for the nested groups). */
export function withConfig(base: ServerConfig, patch: ConfigPatch): ServerConfig {
  return {
    ...base,
    ...patch,
    session: { ...base.session, ...patch.session },
    login: { ...base.login, ...patch.login },
    jobs: { ...base.jobs, ...patch.jobs },
  };
}

/** A partial config, as tests and the CLI give it. */
export type ConfigPatch = Partial<Omit<ServerConfig, 'session' | 'login' | 'jobs'>> & {
  session?: Partial<ServerConfig['session']>;
  login?: Partial<ServerConfig['login']>;
  jobs?: Partial<ServerConfig['jobs']>;
};
