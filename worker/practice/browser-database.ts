import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import type { SqlDatabase } from '../../shared/sql/database';
import { type ArrowTableLike, arrowRows } from './arrow-rows';

/**
 * The engine's `SqlDatabase` over duckdb-wasm in the browser. Rows are converted exactly as in the Node tests'
 * adapter (`arrow-rows.ts`), so the engine reads the same values as from native DuckDB. Statements are sent
 * with `send` so that `interrupt` can cancel the one running.
 */
export async function openBrowserDatabase(duckdb: AsyncDuckDB): Promise<SqlDatabase> {
  const connection = await duckdb.connect();
  const run = async (sql: string) => {
    const reader = await connection.send(sql, false);
    return arrowRowsOf(await reader.readAll());
  };
  return {
    async exec(sql) {
      await connection.query(sql);
    },
    async query(sql) {
      return run(sql);
    },
    interrupt() {
      void connection.cancelSent().catch(() => undefined);
    },
    async close() {
      await connection.close();
    },
  };
}

/** Joins the record batches of one result into rows. */
function arrowRowsOf(batches: readonly unknown[]) {
  return batches.flatMap((batch) => arrowRows(batch as ArrowTableLike));
}
