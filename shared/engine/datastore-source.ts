import type { CodeList, DatastoreManifest } from '../datastore/manifest';

/**
 * How the engine's SQL reaches a datastore. The server reads Parquet files from the sealed directory and the
 * secret record keys; practice mode reads files registered with duckdb-wasm and may derive public keys.
 */
export interface DatastoreSource {
  manifest: DatastoreManifest;
  /** A SQL relation with columns `unit_id, value, start, stop` for one variable (e.g. `read_parquet('…')`). */
  variableSql(name: string): string;
  /** A SQL relation with columns `unit_id BIGINT, key DOUBLE` (record key in [0, 1)) for one unit type. */
  keysSql(unitType: string): string;
  /** A code list of `codelists/` (for labels), or null when the store has none of that name. */
  codeList?(name: string): Promise<CodeList | null>;
}
