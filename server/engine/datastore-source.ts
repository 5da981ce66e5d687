import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { datastoreLayout } from '../../shared/datastore/layout';
import { type CodeList, CodeListSchema, type DatastoreManifest } from '../../shared/datastore/manifest';
import type { DatastoreSource } from '../../shared/engine/datastore-source';
import { quoteString } from '../../shared/sql/quote';

/**
 * The engine's view of a sealed datastore directory on the server: variables and record keys read straight
 * from its Parquet files by native DuckDB, code lists from its JSON files. Keys never leave the server.
 */
export function directoryDatastoreSource(dir: string, manifest: DatastoreManifest): DatastoreSource {
  const root = path.resolve(dir);
  const parquet = (relative: string) => `read_parquet(${quoteString(path.join(root, relative))})`;
  const names = new Set(manifest.variables.map((v) => v.name));
  const lists = new Set(manifest.codeLists);
  const cache = new Map<string, Promise<CodeList | null>>();
  return {
    manifest,
    variableSql(name) {
      // Only names of the manifest reach a path, so a plan cannot point the engine at another file.
      if (!names.has(name)) throw new Error(`the datastore has no variable ${name}`);
      return parquet(datastoreLayout.variable(name));
    },
    keysSql(unitType) {
      if (!manifest.unitTypes.some((u) => u.name === unitType))
        throw new Error(`the datastore has no unit type ${unitType}`);
      return parquet(datastoreLayout.recordKeys(unitType));
    },
    codeList(name) {
      if (!lists.has(name)) return Promise.resolve(null);
      let list = cache.get(name);
      if (!list) {
        list = readFile(path.join(root, datastoreLayout.codeList(name)), 'utf8').then(
          (text) => CodeListSchema.parse(JSON.parse(text)),
          () => null,
        );
        cache.set(name, list);
      }
      return list;
    },
  };
}
