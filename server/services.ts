import { InstitutionStore } from './accounts/institutions';
import { TermsStore } from './accounts/terms';
import { UserStore } from './accounts/users';
import { AuditLog } from './audit/audit-log';
import { LocalPasswordMethod } from './auth/local-password';
import { LoginThrottle } from './auth/login-throttle';
import { SessionStore } from './auth/sessions';
import type { Clock } from './config/clock';
import type { ServerConfig } from './config/server-config';
import type { DatastoreRegistry } from './datastores/registry';
import type { Db } from './db/open';
import type { ScriptCompiler } from './jobs/compiler';
import type { JobExecutor } from './jobs/executor';
import { JobEvents } from './jobs/job-events';
import { JobQueue } from './jobs/job-queue';
import { JobStore } from './jobs/job-store';
import type { Logger } from './logging/logger';
import { createMetrics, type ServerMetrics } from './metrics/metrics';
import { WorkspaceStore } from './workspaces/workspace-store';

/** What the server is built from; tests pass doubles for the executor, clock and logger. */
export interface AppDeps {
  db: Db;
  config: ServerConfig;
  clock: Clock;
  /** Runs compiled plans (the DuckDB engine in production). */
  executor: JobExecutor;
  /** Compiles scripts on the server (shared/lang in production). */
  compiler: ScriptCompiler;
  datastores: DatastoreRegistry;
  logger: Logger;
  /** Process metrics (CPU, heap, event loop) in /metrics; off in tests. Default on. */
  processMetrics?: boolean;
  /** Folder of the built web app (dist/web) to serve beside the API, if any. */
  staticDir?: string;
}

/** Every store and service of one running server, built once from its deps. */
export interface Services extends AppDeps {
  metrics: ServerMetrics;
  audit: AuditLog;
  users: UserStore;
  institutions: InstitutionStore;
  terms: TermsStore;
  sessions: SessionStore;
  throttle: LoginThrottle;
  localLogin: LocalPasswordMethod;
  workspaces: WorkspaceStore;
  jobs: JobStore;
  events: JobEvents;
  queue: JobQueue;
  startedAt: number;
}

/** Builds the services; the queue is created but not started. */
export function createServices(deps: AppDeps): Services {
  const { db, clock, config } = deps;
  const jobs = new JobStore(db);
  const metrics = createMetrics(() => jobs.countByState(), deps.processMetrics ?? true);
  const audit = new AuditLog(db, clock);
  const workspaces = new WorkspaceStore(db, clock, config.workspacesDir);
  const events = new JobEvents();
  const queue = new JobQueue({
    clock,
    config: config.jobs,
    executor: deps.executor,
    datastores: deps.datastores,
    jobs,
    workspaces,
    audit,
    events,
    metrics,
    logger: deps.logger,
  });
  return {
    ...deps,
    metrics,
    audit,
    users: new UserStore(db, clock),
    institutions: new InstitutionStore(db, clock, config.timeZone),
    terms: new TermsStore(db, clock),
    sessions: new SessionStore(db, clock, config.session),
    throttle: new LoginThrottle(db, clock, config.login),
    localLogin: new LocalPasswordMethod(db),
    workspaces,
    jobs,
    events,
    queue,
    startedAt: clock.now(),
  };
}
