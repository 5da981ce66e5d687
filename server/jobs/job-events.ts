import type { JobEvent } from '../../shared/api/jobs';

type Listener = (event: JobEvent) => void;

/** In-process fan-out of job events to the SSE streams watching each job. */
export class JobEvents {
  private readonly listeners = new Map<string, Set<Listener>>();

  /** Listens to one job; returns the function that stops listening. */
  subscribe(jobId: string, listener: Listener): () => void {
    let set = this.listeners.get(jobId);
    if (!set) {
      set = new Set();
      this.listeners.set(jobId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(jobId);
    };
  }

  /** Sends an event to everyone watching the job. A listener that throws does not stop the others. */
  emit(jobId: string, event: JobEvent): void {
    for (const listener of this.listeners.get(jobId) ?? []) {
      try {
        listener(event);
      } catch {
        // A closed stream is cleaned up by its own abort handler.
      }
    }
  }

  /** Number of open subscriptions (for tests and metrics). */
  get size(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }
}
