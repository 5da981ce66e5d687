import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Context, Hono } from 'hono';
import { PRACTICE_INDEX_PATH, type PracticeIndex } from '../../shared/api/practice';
import { datastoreLayout } from '../../shared/datastore/layout';
import { varDir } from '../config/paths';
import type { DatastoreEntry, DatastoreRegistry } from '../datastores/registry';
import { apiError, notFound } from '../http/api-error';
import type { AppEnv } from '../http/env';
import { PracticeDerivedFiles } from './practice-derived';
import { sendImmutableFile } from './practice-files';

/** Where derived practice files (unit ids) are written by default. */
export const defaultPracticeCacheDir = path.join(varDir, 'practice-cache');

/** What the practice routes read. */
export interface PracticeRouteDeps {
  datastores: DatastoreRegistry;
  /** Folder for derived files (default var/practice-cache). */
  practiceCacheDir?: string;
}

const PARQUET = 'application/vnd.apache.parquet';
const DUCKDB = 'application/vnd.duckdb';

/**
 * `/api/practice`: the default datastore as static files for practice mode in the browser, only while its
 * manifest says `synthetic: true`: the manifest, code lists, each variable as Parquet and as a DuckDB database
 * file (what duckdb-wasm reads, see `practice-derived.ts`), and per unit type the unit ids. Files are named from the manifest's own lists (variables, code lists,
 * unit types), never from the request path, so nothing outside them, and nothing in `keys/`, can be reached.
 */
export function practiceRoutes({ datastores, practiceCacheDir }: PracticeRouteDeps) {
  const derived = new PracticeDerivedFiles(practiceCacheDir ?? defaultPracticeCacheDir);
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const { entry, tag } = practiceDatastore(datastores);
    const index: PracticeIndex = {
      name: entry.name,
      version: entry.version,
      tag,
      base: `${PRACTICE_INDEX_PATH}/v/${tag}`,
    };
    c.header('Cache-Control', 'no-cache');
    return c.json(index);
  });

  app.get('/v/:tag/datastore.json', (c) => {
    const entry = tagged(c, datastores);
    return sendImmutableFile(c, path.join(entry.dir, datastoreLayout.manifest), 'application/json');
  });

  app.get('/v/:tag/data/:file', async (c) => {
    const entry = tagged(c, datastores);
    const { name, extension } = fileName(c, ['.parquet', '.duckdb']);
    if (!entry.manifest.variables.some((v) => v.name === name)) throw notFound('variable');
    if (extension === '.parquet')
      return sendImmutableFile(c, path.join(entry.dir, datastoreLayout.variable(name)), PARQUET);
    const file = await derived.variable(entry, c.req.param('tag'), name);
    return sendImmutableFile(c, file.file, DUCKDB, file.gzip);
  });

  app.get('/v/:tag/codelists/:file', (c) => {
    const entry = tagged(c, datastores);
    const { name } = fileName(c, ['.json']);
    if (!entry.manifest.codeLists.includes(name)) throw notFound('code list');
    return sendImmutableFile(c, path.join(entry.dir, datastoreLayout.codeList(name)), 'application/json');
  });

  app.get('/v/:tag/units/:file', async (c) => {
    const entry = tagged(c, datastores);
    const { name: unitType } = fileName(c, ['.duckdb']);
    if (!entry.manifest.unitTypes.some((u) => u.name === unitType)) throw notFound('unit type');
    const file = await derived.units(entry, c.req.param('tag'), unitType);
    return sendImmutableFile(c, file.file, DUCKDB, file.gzip);
  });

  return app;
}

/** The practice datastore (the registry's default) and its tag; refuses a datastore of real data. */
function practiceDatastore(datastores: DatastoreRegistry): { entry: DatastoreEntry; tag: string } {
  const entry = datastores.latest()[0];
  if (!entry) throw apiError(404, 'practice-unavailable', 'There is no datastore to practise on.');
  if (entry.manifest.synthetic !== true) {
    throw apiError(
      403,
      'practice-not-synthetic',
      'Practice mode is off: the datastore holds real data, which never leaves the server.',
    );
  }
  return { entry, tag: datastoreTag(entry) };
}

/** The entry when the request's tag is the current one; a stale tag is 404 so the client reloads the index. */
function tagged(c: Context<AppEnv>, datastores: DatastoreRegistry): DatastoreEntry {
  const { entry, tag } = practiceDatastore(datastores);
  if (c.req.param('tag') !== tag) throw notFound('practice datastore version');
  return entry;
}

/** The requested file's name and extension (one of `extensions`); 404 for anything else (no paths, no other types). */
function fileName(c: Context<AppEnv>, extensions: string[]): { name: string; extension: string } {
  const file = c.req.param('file') ?? '';
  const extension = extensions.find((e) => file.endsWith(e));
  if (!extension) throw notFound('file');
  return { name: file.slice(0, -extension.length), extension };
}

/**
 * A tag that changes whenever the datastore's files may have: its folder, version, and the manifest's (and
 * generator stamp's) modification times, since a regenerated synthetic store keeps its version.
 */
function datastoreTag(entry: DatastoreEntry): string {
  const hash = createHash('sha256').update(`${entry.dir}\0${entry.name}\0${entry.version}`);
  for (const file of [datastoreLayout.manifest, 'synth-stamp.json']) {
    const stat = fs.statSync(path.join(entry.dir, file), { throwIfNoEntry: false });
    hash.update(`\0${stat ? stat.mtimeMs : 'none'}`);
  }
  return hash.digest('hex').slice(0, 16);
}
