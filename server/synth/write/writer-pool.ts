import { Duck } from '../duck';

/** One Parquet file to write: a SELECT and where it goes. */
export interface CopyJob {
  label: string;
  select: string;
  file: string;
}

const quotePath = (file: string) => `'${file.replaceAll("'", "''")}'`;

/**
 * Writes Parquet files with several single-threaded DuckDB readers of the build database, side by side.
 * DuckDB's Parquet writer is mostly serial and with two threads on one query it spends more CPU than it
 * gains, while separate single-threaded writers scale; one thread per file also keeps the bytes of each
 * file independent of scheduling, so runs are byte-identical.
 */
export async function writeAll(
  database: string,
  jobs: CopyJob[],
  options: {
    workers: number;
    memoryLimit: string;
    tempDir: string;
    onDone: (job: CopyJob, done: number, seconds: number) => void;
  },
): Promise<void> {
  const queue = [...jobs];
  let done = 0;
  const worker = async () => {
    const db = await Duck.open(database, {
      threads: 1,
      memoryLimit: options.memoryLimit,
      readOnly: true,
      tempDir: options.tempDir,
    });
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const started = performance.now();
        try {
          await db.run(
            `COPY (${job.select}) TO ${quotePath(job.file)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`,
          );
        } catch (error) {
          queue.length = 0;
          throw new Error(`writing ${job.label} failed: ${(error as Error).message}`);
        }
        options.onDone(job, ++done, (performance.now() - started) / 1000);
      }
    } finally {
      db.close();
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.max(1, options.workers) }, worker));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
