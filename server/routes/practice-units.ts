import fs from 'node:fs';
import path from 'node:path';
import { datastoreLayout } from '../../shared/datastore/layout';
import { quoteString } from '../../shared/sql/quote';
import type { DatastoreEntry } from '../datastores/registry';
import { openNativeDatabase } from '../duckdb/native-database';

/**
 * The public unit-id files of practice mode: per unit type, the `unit_id` column of the sealed
 * `keys/UNITTYPE.parquet` and nothing else, written once per datastore tag into a cache folder (never into the
 * sealed datastore). Practice derives its public record keys from these ids.
 */
export class PracticeUnitFiles {
  private readonly pending = new Map<string, Promise<string>>();

  constructor(private readonly cacheDir: string) {}

  /** The unit-id file of `unitType` for this datastore tag, made on first use. */
  file(entry: DatastoreEntry, tag: string, unitType: string): Promise<string> {
    const out = path.join(this.cacheDir, tag, 'units', `${unitType}.parquet`);
    let job = this.pending.get(out);
    if (!job) {
      job = fs.existsSync(out) ? Promise.resolve(out) : writeUnitIds(entry, unitType, out);
      this.pending.set(out, job);
      job.catch(() => this.pending.delete(out));
    }
    return job;
  }
}

async function writeUnitIds(entry: DatastoreEntry, unitType: string, out: string): Promise<string> {
  const keys = path.join(entry.dir, datastoreLayout.recordKeys(unitType));
  await fs.promises.mkdir(path.dirname(out), { recursive: true });
  const temporary = `${out}.${process.pid}.tmp`;
  const db = await openNativeDatabase({ threads: 1, memoryLimit: '256MB' });
  try {
    await db.exec(
      `COPY (SELECT unit_id FROM read_parquet(${quoteString(keys)}) ORDER BY unit_id) TO ${quoteString(temporary)} (FORMAT parquet, COMPRESSION zstd)`,
    );
    await fs.promises.rename(temporary, out);
    return out;
  } finally {
    await db.close();
    await fs.promises.rm(temporary, { force: true });
  }
}
