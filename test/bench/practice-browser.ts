import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { type BrowserContext, chromium } from 'playwright-core';
import { build } from 'vite';
import { defaultDatastoreDir, repoRoot, varDir } from '../../server/config/paths';
import { createFileDatastoreRegistry } from '../../server/datastores/registry';
import { practiceRoutes } from '../../server/routes/practice';
import { ensureDatastore } from '../../server/synth/index';
import type { PracticeFileStrategy } from '../../worker/practice/browser-files';
import type { BenchCase, BenchTiming } from './case';
import type { BenchWorkerApi } from './practice-browser/bench-worker';

/** The datastore practice mode serves with `npm start`: 100,000 synthetic persons, seed 1. */
export const PRACTICE_PERSONS = 100_000;

const pageDir = path.join(repoRoot, 'test', 'bench', 'practice-browser');
const outDir = path.join(varDir, 'bench', 'practice-web');

type LooseRemote = Record<string, (...args: unknown[]) => Promise<unknown>>;

/** Builds the benchmark page with Vite (duckdb-wasm bundles as local assets, as in the app). */
async function buildPage(): Promise<void> {
  await build({
    root: pageDir,
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    worker: { format: 'es' },
  });
}

/** Serves the page and the practice routes over one origin on a free port. */
async function servePage(): Promise<{ url: string; server: ServerType }> {
  const app = new Hono();
  app.route(
    '/api/practice',
    practiceRoutes({ datastores: createFileDatastoreRegistry([defaultDatastoreDir]) }),
  );
  app.use('/*', serveStatic({ root: path.relative(process.cwd(), outDir) }));
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({ url: `http://127.0.0.1:${info.port}/`, server }),
    );
  });
}

/** Calls one method of the page's benchmark worker. */
function call<K extends keyof BenchWorkerApi>(
  context: BrowserContext,
  method: K,
  ...args: Parameters<BenchWorkerApi[K]>
): ReturnType<BenchWorkerApi[K]> {
  const page = context.pages()[0]!;
  return page.evaluate(({ m, a }) => (window.practiceBench as unknown as LooseRemote)[m]!(...a), {
    m: method as string,
    a: args as unknown[],
  }) as ReturnType<BenchWorkerApi[K]>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Measures one file strategy: cold load and first run, then the median of warm runs of script and baseline. */
async function measure({ call }: PracticeBenchPage, strategy: PracticeFileStrategy, repeat: number) {
  const load = await call('load', strategy);
  const first = await call('runScript', strategy);
  if (first.status !== 'completed' || first.outputs.some((o) => o.kind === 'error')) {
    throw new Error(`the reference script did not complete in the browser: ${JSON.stringify(first.outputs)}`);
  }
  const tables = first.outputs.filter((o) => o.kind === 'table').length;
  if (tables !== 2) throw new Error(`expected two tables, got ${JSON.stringify(first.outputs)}`);
  await call('runBaseline', strategy);
  const script: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < repeat; i++) {
    script.push((await call('runScript', strategy)).seconds);
    baseline.push((await call('runBaseline', strategy)).seconds);
  }
  return { load, first: first.seconds, seconds: median(script), baselineSeconds: median(baseline) };
}

/** A page running the benchmark worker in headless Chromium, over a server with the practice routes. */
export interface PracticeBenchPage {
  call: <K extends keyof BenchWorkerApi>(
    method: K,
    ...args: Parameters<BenchWorkerApi[K]>
  ) => ReturnType<BenchWorkerApi[K]>;
}

/** Builds and serves the benchmark page, opens it in a fresh headless Chromium profile, runs `fn`, cleans up. */
export async function withPracticeBenchPage<T>(fn: (page: PracticeBenchPage) => Promise<T>): Promise<T> {
  await ensureDatastore({
    dir: defaultDatastoreDir,
    persons: PRACTICE_PERSONS,
    seed: 1,
    log: (m) => console.error(m),
  });
  const built = performance.now();
  await buildPage();
  console.error(`practice bench: page built in ${((performance.now() - built) / 1000).toFixed(1)} s`);
  const { url, server } = await servePage();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-practice-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(url);
    await page.waitForFunction(() => window.practiceBench !== undefined);
    return await fn({ call: (method, ...args) => call(context, method, ...args) });
  } finally {
    await context.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The practice reference script in headless Debian Chromium on the 100,000-person datastore, through the
 * practice engine in a worker (duckdb-wasm), against the same analysis as hand-written SQL in the same
 * duckdb-wasm instance. Also reports cold start and both file strategies on stderr.
 */
export function runPracticeBrowserBench(repeat = 5): Promise<BenchTiming> {
  return withPracticeBenchPage(async (page) => {
    const results: Partial<Record<PracticeFileStrategy, BenchTiming>> = {};
    for (const strategy of ['url', 'buffer'] as const) {
      const r = await measure(page, strategy, repeat);
      console.error(
        `practice bench (${strategy}): load ${r.load.toFixed(3)} s, first run ${r.first.toFixed(3)} s, warm run ${r.seconds.toFixed(3)} s, baseline ${r.baselineSeconds.toFixed(3)} s`,
      );
      results[strategy] = { seconds: r.seconds, baselineSeconds: r.baselineSeconds };
    }
    return results.buffer!;
  });
}

/** The practice benchmark as a case of `npm run bench` (it brings its own 100,000-person datastore). */
export const practiceReferenceBench: BenchCase = {
  name: 'practice-reference-script',
  needsDatastore: false,
  run: () => runPracticeBrowserBench(),
};
