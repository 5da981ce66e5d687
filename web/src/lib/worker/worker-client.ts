import { type Remote, wrap } from 'comlink';
import type { WorkerApi } from '../../../../worker/api';

let remote: Remote<WorkerApi> | null = null;

/** The app's one worker (parse and check as you type), started on first use. */
export function workerApi(): Remote<WorkerApi> {
  remote ??= wrap<WorkerApi>(
    new Worker(new URL('../../../../worker/index.ts', import.meta.url), {
      type: 'module',
      name: 'registerlab',
    }),
  );
  return remote;
}
