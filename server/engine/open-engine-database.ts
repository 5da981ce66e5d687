import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SqlDatabase } from '../../shared/sql/database';
import { openNativeDatabase } from '../duckdb/native-database';

/** Resource limits of one job's database. */
export interface EngineLimits {
  /** DuckDB memory_limit, e.g. '4GB'. */
  memoryLimit: string;
  threads: number;
  /** Where DuckDB may spill (a per-job directory under it is used). */
  tempDirectory: string;
}

/** Defaults from the environment (REGISTERLAB_JOB_MEMORY, REGISTERLAB_JOB_THREADS), else 4GB and 2 threads. */
export function defaultEngineLimits(env: NodeJS.ProcessEnv = process.env): EngineLimits {
  return {
    memoryLimit: env.REGISTERLAB_JOB_MEMORY ?? '4GB',
    threads: Number(env.REGISTERLAB_JOB_THREADS ?? 2) || 2,
    tempDirectory: env.REGISTERLAB_JOB_TMP ?? path.join(os.tmpdir(), 'registerlab-jobs'),
  };
}

/**
 * A fresh in-memory native DuckDB for one job, with its memory limit, threads and spill directory. External
 * access stays on because the engine reads the datastore's Parquet files; plans never carry SQL or paths.
 */
export async function openEngineDatabase(limits: EngineLimits, jobId: string): Promise<SqlDatabase> {
  const tempDirectory = path.join(limits.tempDirectory, jobId.replace(/[^A-Za-z0-9_-]/g, '_'));
  mkdirSync(tempDirectory, { recursive: true });
  const db = await openNativeDatabase({
    memoryLimit: limits.memoryLimit,
    threads: limits.threads,
    tempDirectory,
  });
  return {
    exec: (sql) => db.exec(sql),
    query: (sql) => db.query(sql),
    interrupt: () => db.interrupt(),
    async close() {
      await db.close();
      rmSync(tempDirectory, { recursive: true, force: true });
    },
  };
}
