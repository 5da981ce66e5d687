import { createRequire } from 'node:module';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { normaliseSqlValue, type SqlDatabase, type SqlRow, type SqlValue } from '../../shared/sql/database';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm'));

/**
 * Opens duckdb-wasm's blocking build in Node behind the engine's `SqlDatabase` interface, so tests can
 * run the same SQL on the browser's DuckDB (1.4) as on the server's native DuckDB (1.5).
 */
export async function openWasmDatabase(): Promise<SqlDatabase> {
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
  return {
    async exec(sql) {
      connection.query(sql);
    },
    async query(sql) {
      const table = connection.query(sql);
      const dateColumns = new Set(
        table.schema.fields
          .filter((field) => String(field.type).startsWith('Date'))
          .map((field) => field.name),
      );
      return table.toArray().map((row) => toRow(row.toJSON() as Record<string, unknown>, dateColumns));
    },
    interrupt() {
      // The blocking build runs statements synchronously; there is nothing to interrupt from outside.
    },
    async close() {
      connection.close();
      db.reset();
    },
  };
}

function toRow(raw: Record<string, unknown>, dateColumns: Set<string>): SqlRow {
  const row: SqlRow = {};
  for (const [key, value] of Object.entries(raw)) {
    row[key] = dateColumns.has(key) && typeof value === 'number' ? isoDay(value) : normaliseSqlValue(value);
  }
  return row;
}

function isoDay(epochMs: number): SqlValue {
  return new Date(epochMs).toISOString().slice(0, 10);
}
