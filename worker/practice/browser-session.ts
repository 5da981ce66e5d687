import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import {
  PRACTICE_INDEX_PATH,
  type PracticeIndex,
  PracticeIndexSchema,
  practiceLayout,
} from '../../shared/api/practice';
import {
  type CodeList,
  CodeListSchema,
  type DatastoreManifest,
  DatastoreManifestSchema,
} from '../../shared/datastore/manifest';
import type { SqlDatabase } from '../../shared/sql/database';
import { openBrowserDatabase } from './browser-database';
import { BrowserPracticeFiles, type PracticeFileStrategy } from './browser-files';
import { startDuckDB } from './duckdb-bundles';
import type { PracticeRunDeps } from './practice-run';
import { NotSyntheticError } from './practice-source';

/** Practice mode cannot start: the server refuses it (real data), is unreachable, or duckdb-wasm failed. */
export class PracticeUnavailableError extends Error {
  override name = 'PracticeUnavailableError';
}

/** duckdb-wasm with the practice datastore attached, ready to run scripts. */
export interface PracticeSession extends PracticeRunDeps {
  index: PracticeIndex;
  duckdb: AsyncDuckDB;
  files: BrowserPracticeFiles;
}

/** Options of `openPracticeSession`. */
export interface PracticeSessionOptions {
  /** Origin of the server publishing the practice files (default: the worker's own). */
  origin?: string;
  strategy?: PracticeFileStrategy;
}

/**
 * Reads the practice index and manifest from the server, checks the data is synthetic, and starts duckdb-wasm.
 * Only the static practice files are read; the job API is never needed.
 */
export async function openPracticeSession(options: PracticeSessionOptions = {}): Promise<PracticeSession> {
  const origin = options.origin ?? self.location.origin;
  const index = PracticeIndexSchema.parse(await getJson(`${origin}${PRACTICE_INDEX_PATH}`));
  const baseUrl = `${origin}${index.base}`;
  const manifest: DatastoreManifest = DatastoreManifestSchema.parse(
    await getJson(`${baseUrl}/${practiceLayout.manifest}`),
  );
  if (!manifest.synthetic) throw new NotSyntheticError(`${manifest.name} is not synthetic data`);
  const duckdb = await startDuckDB();
  const db: SqlDatabase = await openBrowserDatabase(duckdb);
  const files = new BrowserPracticeFiles(duckdb, db, baseUrl, options.strategy ?? 'buffer');
  const codeLists = new Map<string, Promise<CodeList | null>>();
  const codeList = (name: string) => {
    if (!manifest.codeLists.includes(name)) return Promise.resolve(null);
    let list = codeLists.get(name);
    if (!list) {
      list = getJson(`${baseUrl}/${practiceLayout.codeList(name)}`).then((raw) => CodeListSchema.parse(raw));
      codeLists.set(name, list);
    }
    return list;
  };
  return {
    index,
    manifest,
    duckdb,
    db,
    files,
    attach: (list) => files.attach(list),
    codeList,
  };
}

async function getJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new PracticeUnavailableError(
      `the practice datastore cannot be reached: ${(error as Error).message}`,
    );
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new PracticeUnavailableError(body?.error ?? `GET ${url} answered ${response.status}`);
  }
  return response.json();
}
