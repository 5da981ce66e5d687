import path from 'node:path';
import { datastoreLayout } from '../../shared/datastore/layout';
import { Duck } from './duck';

/** Test helper: SQL over a datastore's Parquet files, with `v('NAME')` and `k('unit-type')` as table sources. */
export class DatastoreQuery {
  private constructor(
    private readonly db: Duck,
    readonly dir: string,
  ) {}

  /** Opens an in-memory DuckDB for queries over the datastore at `dir`. */
  static async open(dir: string): Promise<DatastoreQuery> {
    return new DatastoreQuery(await Duck.open(':memory:', { threads: 2, memoryLimit: '2GB' }), dir);
  }

  /** `read_parquet(...)` of a variable file. */
  v(name: string): string {
    return `read_parquet('${path.join(this.dir, datastoreLayout.variable(name))}')`;
  }

  /** `read_parquet(...)` of a record-key file. */
  k(unitType: string): string {
    return `read_parquet('${path.join(this.dir, datastoreLayout.recordKeys(unitType))}')`;
  }

  /** Rows of a query, with numbers as JavaScript numbers. */
  async rows(sql: string): Promise<Record<string, number | string | null>[]> {
    const rows = await this.db.rows(sql);
    return rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [
          k,
          typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) && v.length < 16
            ? Number(v)
            : (v as string | number | null),
        ]),
      ),
    );
  }

  /** The single number a query returns. */
  async number(sql: string): Promise<number> {
    return this.db.number(sql);
  }

  /** Closes the database. */
  close(): void {
    this.db.close();
  }
}
