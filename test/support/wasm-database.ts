import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { SqlDatabase } from '../../shared/sql/database';
import { type ArrowTableLike, arrowRows } from '../../worker/practice/arrow-rows';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm'));

/**
 * Opens duckdb-wasm's blocking build in Node behind the engine's `SqlDatabase` interface, so tests can
 * run the same SQL on the browser's DuckDB (1.4) as on the server's native DuckDB (1.5).
 */
export async function openWasmDatabase(): Promise<SqlDatabase> {
  return (await openWasmDatabaseWithFiles()).db;
}

/** A duckdb-wasm database in Node and a way to make local files readable to it under a name. */
export interface WasmDatabaseWithFiles {
  db: SqlDatabase;
  /** Makes a local file (e.g. a DuckDB database to ATTACH) readable under `name`, by copying it in. */
  registerFile(name: string, localPath: string): void;
}

/** Like `openWasmDatabase`, plus file registration (duckdb-wasm cannot open local paths by name). */
export async function openWasmDatabaseWithFiles(): Promise<WasmDatabaseWithFiles> {
  const bundles = {
    mvp: {
      mainModule: path.join(dist, 'duckdb-mvp.wasm'),
      mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
    },
    eh: {
      mainModule: path.join(dist, 'duckdb-eh.wasm'),
      mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
    },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  const connection = db.connect();
  const sqlDatabase: SqlDatabase = {
    async exec(sql) {
      connection.query(sql);
    },
    async query(sql) {
      // The same conversion as the browser adapter: DECIMAL/HUGEINT, dates and lists as the native adapter gives them.
      return arrowRows(connection.query(sql) as unknown as ArrowTableLike);
    },
    interrupt() {
      // The blocking build runs statements synchronously; there is nothing to interrupt from outside.
    },
    async close() {
      connection.close();
      db.reset();
    },
  };
  return {
    db: sqlDatabase,
    registerFile(name, localPath) {
      // As a buffer: duckdb-wasm's ATTACH does not see files registered by local path.
      db.registerFileBuffer(name, new Uint8Array(fs.readFileSync(localPath)));
    },
  };
}
