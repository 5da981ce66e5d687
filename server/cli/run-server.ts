import path from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { createApp, type RegisterlabApp } from '../app';
import { systemClock } from '../config/clock';
import { varDir } from '../config/paths';
import { type ConfigPatch, defaultServerConfig, withConfig } from '../config/server-config';
import { createFileDatastoreRegistry, DatastoreLoadError } from '../datastores/registry';
import { openDatabase } from '../db/open';
import { demoNotice, ensureDemoData } from '../demo/seed-demo';
import { createDefaultExecutor } from '../jobs/default-executor';
import type { JobExecutor } from '../jobs/executor';
import { langCompiler } from '../jobs/lang-compiler';
import { createJsonLogger, type Logger } from '../logging/logger';
import { CliError, EXIT_USAGE } from './errors';

/** Where the server keeps its SQLite file by default. */
export const defaultDbFile = path.join(varDir, 'registerlab.sqlite');

/** How to run a server. */
export interface RunServerOptions {
  datastoreDirs: string[];
  port: number;
  host: string;
  dbFile?: string;
  staticDir?: string;
  config?: ConfigPatch;
  executor?: JobExecutor;
  logger?: Logger;
  /** Creates the demo institution and accounts on first start (default true). */
  demo?: boolean;
  /** Where the demo notice goes (default stdout). */
  print?: (text: string) => void;
}

/** A listening server. */
export interface RunningServer {
  url: string;
  registerlab: RegisterlabApp;
  close(): Promise<void>;
}

/** Opens the database and datastores, builds the app, seeds the demo data and listens. */
export async function runServer(options: RunServerOptions): Promise<RunningServer> {
  let datastores: ReturnType<typeof createFileDatastoreRegistry>;
  try {
    datastores = createFileDatastoreRegistry(options.datastoreDirs);
  } catch (error) {
    if (error instanceof DatastoreLoadError) throw new CliError(error.message, EXIT_USAGE);
    throw error;
  }
  const dbFile = options.dbFile ?? defaultDbFile;
  const base = withConfig(
    defaultServerConfig(path.join(path.dirname(dbFile), 'workspaces')),
    configFromEnv(),
  );
  const config = withConfig(base, options.config ?? {});
  const registerlab = createApp({
    db: openDatabase(dbFile),
    config,
    clock: systemClock,
    executor: options.executor ?? createDefaultExecutor(),
    compiler: langCompiler,
    datastores,
    logger: options.logger ?? createJsonLogger(),
    staticDir: options.staticDir,
  });
  const server = await listen(registerlab, options.port, options.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  if (options.demo ?? true) {
    const created = await ensureDemoData(
      registerlab.services,
      process.env.REGISTERLAB_DEMO_PASSWORD || undefined,
    );
    if (created?.length) (options.print ?? console.log)(demoNotice(created, url));
  }
  return {
    url,
    registerlab,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await registerlab.close();
      registerlab.services.db.$client.close();
    },
  };
}

/**
 * Settings from the environment: REGISTERLAB_ALLOWED_ORIGINS (comma-separated, e.g. the Vite dev server
 * http://localhost:5173), REGISTERLAB_METRICS_TOKEN, REGISTERLAB_TRUST_PROXY=1 (behind a TLS proxy).
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ConfigPatch {
  const patch: ConfigPatch = {};
  const origins = env.REGISTERLAB_ALLOWED_ORIGINS?.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins?.length) patch.allowedOrigins = origins;
  if (env.REGISTERLAB_METRICS_TOKEN) patch.metricsToken = env.REGISTERLAB_METRICS_TOKEN;
  if (env.REGISTERLAB_TRUST_PROXY === '1') patch.trustProxy = true;
  return patch;
}

function listen(registerlab: RegisterlabApp, port: number, hostname: string): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: registerlab.app.fetch, port, hostname }, () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      const message = error.code === 'EADDRINUSE' ? `port ${port} on ${hostname} is in use` : error.message;
      reject(new CliError(`cannot listen: ${message}`, 1));
    });
  });
}

/** Resolves when the process is asked to stop (Ctrl-C, SIGTERM), after closing the server. */
export function closeOnSignal(server: RunningServer): Promise<number> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(() => resolve(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
