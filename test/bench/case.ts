/** What a benchmark case gets: the datastore to run on and its size. */
export interface BenchContext {
  persons: number;
  datastoreDir: string;
}

/** Timings of one case: our implementation and a baseline measured in the same run. */
export interface BenchTiming {
  seconds: number;
  baselineSeconds: number;
}

/** One benchmark case. `needsDatastore` cases get a datastore of `--persons` size generated once and reused. */
export interface BenchCase {
  name: string;
  needsDatastore: boolean;
  run(context: BenchContext): Promise<BenchTiming>;
}

/** Formats the one line every case prints, the contract other tools parse. */
export function benchLine(name: string, timing: BenchTiming): string {
  const ratio = timing.seconds / timing.baselineSeconds;
  return `BENCH name=${name} seconds=${timing.seconds.toFixed(4)} baseline_seconds=${timing.baselineSeconds.toFixed(4)} ratio=${ratio.toFixed(3)}`;
}

/** Runs `fn` `repeat` times after one warm-up and returns the median wall time in seconds. */
export async function medianSeconds(fn: () => Promise<unknown> | unknown, repeat = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await fn();
    times.push((performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
