/** A queued job as the scheduler sees it. */
export interface QueuedJob {
  id: string;
  userId: number;
  /** Submission order. */
  seq: number;
}

/** What the scheduler knows about users. */
export interface SchedulerState {
  /** Jobs running per user. */
  running: ReadonlyMap<number, number>;
  /** When each user last had a job started (a counter, not a time); users never served are absent. */
  lastServed: ReadonlyMap<number, number>;
  perUserLimit: number;
}

/**
 * Picks the next job to start: round robin over users. Among users below their concurrency limit,
 * the one served longest ago (never served first, then by their oldest job) gets their oldest job.
 * So one user's burst of 50 jobs does not make another user's single job wait behind all of them.
 */
export function pickNext(queue: readonly QueuedJob[], state: SchedulerState): QueuedJob | undefined {
  const oldestPerUser = new Map<number, QueuedJob>();
  for (const job of queue) {
    const current = oldestPerUser.get(job.userId);
    if (!current || job.seq < current.seq) oldestPerUser.set(job.userId, job);
  }
  let best: QueuedJob | undefined;
  for (const [userId, job] of oldestPerUser) {
    if ((state.running.get(userId) ?? 0) >= state.perUserLimit) continue;
    if (!best || before(job, best, state.lastServed)) best = job;
  }
  return best;
}

function before(a: QueuedJob, b: QueuedJob, lastServed: ReadonlyMap<number, number>): boolean {
  const la = lastServed.get(a.userId) ?? -1;
  const lb = lastServed.get(b.userId) ?? -1;
  return la !== lb ? la < lb : a.seq < b.seq;
}
