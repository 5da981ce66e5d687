import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { doubleLiterals } from './sql/literals';

/** A DuckDB connection with the small helpers the generator uses. */
export class Duck {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  /** Opens a database file (or ':memory:') with explicit threads and memory, keeping insertion order. */
  static async open(
    path: string,
    options: { threads: number; memoryLimit: string; readOnly?: boolean; tempDir?: string },
  ): Promise<Duck> {
    const config: Record<string, string> = {
      threads: String(options.threads),
      memory_limit: options.memoryLimit,
      preserve_insertion_order: 'true',
    };
    if (options.readOnly) config.access_mode = 'READ_ONLY';
    if (options.tempDir) config.temp_directory = options.tempDir;
    const instance = await DuckDBInstance.create(path, config);
    return new Duck(instance, await instance.connect());
  }

  /** Runs statements that return nothing of interest (decimal literals become DOUBLE, see `doubleLiterals`). */
  async run(sql: string): Promise<void> {
    await this.connection.run(doubleLiterals(sql));
  }

  /** Runs a query and returns its rows as JSON-friendly objects (BIGINT as strings). */
  async rows(sql: string): Promise<Record<string, unknown>[]> {
    const reader = await this.connection.runAndReadAll(doubleLiterals(sql));
    return reader.getRowObjectsJson() as Record<string, unknown>[];
  }

  /** Runs a query returning one number. */
  async number(sql: string): Promise<number> {
    const [row] = await this.rows(sql);
    return Number(Object.values(row ?? {})[0]);
  }

  /** Closes the connection and the database. */
  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
