import fs from 'node:fs';
import path from 'node:path';
import { datastoreLayout } from '../../shared/datastore/layout';
import {
  type CodeList,
  CodeListSchema,
  type DatastoreManifest,
  DatastoreManifestSchema,
} from '../../shared/datastore/manifest';
import { compareVersions, isReleased } from './versions';

/** One version of one datastore on disk. */
export interface DatastoreEntry {
  name: string;
  version: string;
  /** Folder holding datastore.json, codelists/, data/ and keys/. Only the executor opens data/ and keys/. */
  dir: string;
  manifest: DatastoreManifest;
}

/**
 * The datastores the server knows. The catalogue API and the compiler read public metadata through
 * it (the manifest and code lists only); it never reads or hands out `data/` or `keys/`.
 */
export interface DatastoreRegistry {
  /** Every known version, the default datastore first, newest version first within a name. */
  list(): DatastoreEntry[];
  /** A given version, or the newest released one (a draft only when nothing is released). */
  get(name: string, version?: string): DatastoreEntry | undefined;
  /** The newest version of every datastore name, the default first. */
  latest(): DatastoreEntry[];
  /** A code list named in the entry's manifest, or undefined. */
  codeList(entry: DatastoreEntry, name: string): CodeList | undefined;
}

/** A datastore folder that cannot be used. */
export class DatastoreLoadError extends Error {
  override name = 'DatastoreLoadError';
}

/** Reads and validates `datastore.json` of one datastore folder. */
export function loadDatastore(dir: string): DatastoreEntry {
  const file = path.join(dir, datastoreLayout.manifest);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DatastoreLoadError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = DatastoreManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DatastoreLoadError(
      `${file} is not a valid datastore manifest: ${first?.path.join('.')} ${first?.message}`,
    );
  }
  return {
    name: parsed.data.name,
    version: parsed.data.version,
    dir: path.resolve(dir),
    manifest: parsed.data,
  };
}

/** A registry over datastore folders; the first folder's datastore is the default. */
export function createFileDatastoreRegistry(dirs: string[]): DatastoreRegistry {
  const entries = dirs.map(loadDatastore);
  const defaultName = entries[0]?.name;
  const sorted = [...entries].sort(
    (a, b) =>
      Number(b.name === defaultName) - Number(a.name === defaultName) ||
      a.name.localeCompare(b.name) ||
      compareVersions(b.version, a.version),
  );
  const codeLists = new Map<string, CodeList | undefined>();
  return {
    list: () => sorted,
    get(name, version) {
      const ofName = sorted.filter((e) => e.name === name);
      if (version !== undefined) return ofName.find((e) => e.version === version);
      return ofName.find((e) => isReleased(e.version)) ?? ofName[0];
    },
    latest() {
      const names = [...new Set(sorted.map((e) => e.name))];
      return names.map((n) => this.get(n)!);
    },
    codeList(entry, name) {
      // Only names the manifest lists are read, so no request can steer a path into data/ or keys/.
      if (!entry.manifest.codeLists.includes(name)) return undefined;
      const key = `${entry.dir}\0${name}`;
      if (!codeLists.has(key)) codeLists.set(key, readCodeList(entry.dir, name));
      return codeLists.get(key);
    },
  };
}

function readCodeList(dir: string, name: string): CodeList | undefined {
  const file = path.join(dir, datastoreLayout.codeList(name));
  if (path.relative(path.join(dir, 'codelists'), file).startsWith('..')) return undefined;
  try {
    return CodeListSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}
