import path from 'node:path';
import { defaultDatastoreDir, repoRoot } from '../config/paths';
import type { CliCommand } from './command';
import { CliError } from './errors';
import { closeOnSignal, runServer } from './run-server';
import { ensureWebBuild } from './web-build';

/** The default datastore of `npm start`: 100,000 synthetic persons from seed 1. */
export const START_PERSONS = 100_000;

type EnsureDatastore = (options: { dir: string; persons: number; seed: number }) => Promise<unknown>;

async function loadEnsureDatastore(): Promise<EnsureDatastore> {
  // Loaded by name at run time so that the server does not depend on the generator at build time.
  const specifier = '../synth/index';
  let module: { ensureDatastore?: unknown };
  try {
    module = (await import(/* @vite-ignore */ specifier)) as { ensureDatastore?: unknown };
  } catch (error) {
    throw new CliError(
      `the synthetic datastore generator (server/synth/index.ts) is not available: ${(error as Error).message}`,
      1,
    );
  }
  if (typeof module.ensureDatastore !== 'function') {
    throw new CliError('server/synth/index.ts does not export ensureDatastore({dir, persons, seed})', 1);
  }
  return module.ensureDatastore as EnsureDatastore;
}

/** `registerlab start` (what `npm start` runs): datastore, web build, then the server on :8787. */
export const startCommand: CliCommand = {
  summary: 'set up on first run (synthetic datastore, web build) and serve http://127.0.0.1:8787',
  help: `Usage: registerlab start [--port 8787] [--host 127.0.0.1]

1. Creates the default synthetic datastore (${START_PERSONS.toLocaleString('en')} persons, seed 1) under var/datastore if it is missing.
2. Builds the web app with Vite when dist/web is missing or older than its sources.
3. Serves the API and the web app; on first start, prints the demo accounts' passwords.`,
  options: { port: 'integer', host: 'string' },
  async run({ flags }) {
    const ensureDatastore = await loadEnsureDatastore();
    console.error(`Checking the synthetic datastore in ${defaultDatastoreDir} ...`);
    await ensureDatastore({ dir: defaultDatastoreDir, persons: START_PERSONS, seed: 1 });
    const web = ensureWebBuild();
    if (web === 'no-web-app')
      console.error('Notice: web/index.html does not exist yet; serving the API only.');
    const server = await runServer({
      datastoreDirs: [defaultDatastoreDir],
      port: (flags.port as number | undefined) ?? 8787,
      host: (flags.host as string | undefined) ?? '127.0.0.1',
      staticDir: web === 'no-web-app' ? undefined : path.join(repoRoot, 'dist', 'web'),
    });
    console.error(`Registerlab is running on ${server.url}`);
    return closeOnSignal(server);
  },
};
