import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { datastoreLayout } from '../../shared/datastore/layout';
import type { SqlDatabase } from '../../shared/sql/database';
import { quoteString } from '../../shared/sql/quote';
import type { DatastoreEntry } from '../datastores/registry';
import { openNativeDatabase } from '../duckdb/native-database';

/** A derived practice file and its gzip-compressed twin (for whole-file downloads). */
export interface DerivedFile {
  file: string;
  gzip: string;
}

/**
 * Practice files duckdb-wasm can read without extensions. duckdb-wasm loads its Parquet reader as an extension
 * from a CDN, which practice mode must not need, so each file practice reads is also written as a one-table
 * DuckDB database in the 1.4 storage format (which both DuckDB 1.5 and duckdb-wasm 1.4 attach):
 * `data/NAME.duckdb` (table `data`: unit_id, value, start, stop) and `units/TYPE.duckdb` (table `units`: the
 * unit ids of the sealed keys file, and nothing else). Written once per datastore tag into a cache folder
 * (never into the sealed datastore), one at a time, with a gzip twin since they compress about tenfold.
 */
export class PracticeDerivedFiles {
  private readonly pending = new Map<string, Promise<DerivedFile>>();
  private queue: Promise<unknown> = Promise.resolve();
  private db: Promise<SqlDatabase> | null = null;

  constructor(private readonly cacheDir: string) {}

  /** `data/NAME.duckdb` of one variable of the entry. */
  variable(entry: DatastoreEntry, tag: string, name: string): Promise<DerivedFile> {
    const source = path.join(entry.dir, datastoreLayout.variable(name));
    return this.derive(path.join(tag, 'data', `${name}.duckdb`), (out) =>
      tableSql(
        out,
        'data',
        `SELECT unit_id, value, start, stop FROM read_parquet(${quoteString(source)}) ORDER BY unit_id, start`,
      ),
    );
  }

  /** `units/TYPE.duckdb`: the unit ids of one unit type, without their keys. */
  units(entry: DatastoreEntry, tag: string, unitType: string): Promise<DerivedFile> {
    const keys = path.join(entry.dir, datastoreLayout.recordKeys(unitType));
    return this.derive(path.join(tag, 'units', `${unitType}.duckdb`), (out) =>
      tableSql(out, 'units', `SELECT unit_id FROM read_parquet(${quoteString(keys)}) ORDER BY unit_id`),
    );
  }

  /** Closes the DuckDB instance used for writing, if one was opened. */
  async close(): Promise<void> {
    const db = this.db;
    this.db = null;
    if (db) await (await db).close();
  }

  private derive(relative: string, sql: (out: string) => string): Promise<DerivedFile> {
    const file = path.join(this.cacheDir, relative);
    let job = this.pending.get(file);
    if (!job) {
      const derived = { file, gzip: `${file}.gz` };
      job = fs.existsSync(derived.gzip)
        ? Promise.resolve(derived)
        : this.enqueue(() => this.write(derived, sql));
      job.catch(() => this.pending.delete(file));
      this.pending.set(file, job);
    }
    return job;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(derived: DerivedFile, sql: (out: string) => string): Promise<DerivedFile> {
    await fs.promises.mkdir(path.dirname(derived.file), { recursive: true });
    const temporary = `${derived.file}.${process.pid}.tmp`;
    const temporaryGzip = `${temporary}.gz`;
    try {
      await fs.promises.rm(temporary, { force: true });
      this.db ??= openNativeDatabase({ threads: 1, memoryLimit: '512MB' });
      await (await this.db).exec(sql(temporary));
      await pipeline(
        fs.createReadStream(temporary),
        zlib.createGzip({ level: 6 }),
        fs.createWriteStream(temporaryGzip),
      );
      await fs.promises.rename(temporary, derived.file);
      // The gzip twin is renamed last: its presence says both files are complete.
      await fs.promises.rename(temporaryGzip, derived.gzip);
      return derived;
    } finally {
      await fs.promises.rm(temporary, { force: true });
      await fs.promises.rm(temporaryGzip, { force: true });
    }
  }
}

/** Writes `select` as table `table` of a new database file in the storage format duckdb-wasm 1.4 reads. */
function tableSql(out: string, table: string, select: string): string {
  return `DETACH DATABASE IF EXISTS practice_out;
ATTACH ${quoteString(out)} AS practice_out (STORAGE_VERSION 'v1.4.0');
CREATE TABLE practice_out.${table} AS ${select};
DETACH practice_out;`;
}
