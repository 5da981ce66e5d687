import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { normaliseSqlValue, type SqlDatabase, type SqlRow } from '../../shared/sql/database';

/** Settings applied to a native DuckDB database when it opens. */
export interface NativeDatabaseOptions {
  /** Database file, or ':memory:'. */
  path?: string;
  /** DuckDB memory_limit, e.g. '4GB'. */
  memoryLimit?: string;
  threads?: number;
  /** Directory DuckDB may spill to when over the memory limit. */
  tempDirectory?: string;
}

/** Opens a native DuckDB database behind the engine's `SqlDatabase` interface. */
export async function openNativeDatabase(options: NativeDatabaseOptions = {}): Promise<SqlDatabase> {
  const config: Record<string, string> = {};
  if (options.memoryLimit) config.memory_limit = options.memoryLimit;
  if (options.threads) config.threads = String(options.threads);
  if (options.tempDirectory) config.temp_directory = options.tempDirectory;
  const instance = await DuckDBInstance.create(options.path ?? ':memory:', config);
  const connection = await instance.connect();
  return new NativeDatabase(instance, connection);
}

class NativeDatabase implements SqlDatabase {
  constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  async exec(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  async query(sql: string): Promise<SqlRow[]> {
    const reader = await this.connection.runAndReadAll(sql);
    return reader.getRowObjectsJS().map(normaliseRow);
  }

  interrupt(): void {
    this.connection.interrupt();
  }

  async close(): Promise<void> {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

function normaliseRow(row: Record<string, DuckDBValue | unknown>): SqlRow {
  const out: SqlRow = {};
  for (const [key, value] of Object.entries(row)) out[key] = normaliseSqlValue(value);
  return out;
}
