// The benchmark page: starts the benchmark worker and hands its comlink remote to the driver (Playwright).
import { type Remote, wrap } from 'comlink';
import type { BenchWorkerApi } from './bench-worker';

declare global {
  interface Window {
    practiceBench?: Remote<BenchWorkerApi>;
  }
}

const worker = new Worker(new URL('./bench-worker.ts', import.meta.url), {
  type: 'module',
  name: 'practice-bench',
});
window.practiceBench = wrap<BenchWorkerApi>(worker);
