import type { JobError, JobOutput, JobState } from '../../shared/api/jobs';
import type { JobResult } from './executor';

/** Why the server aborted a running job. */
export type AbortReason = 'cancelled' | 'time-limit' | 'server-shutdown';

/** How a run ended, from the server's point of view. */
export interface RunOutcome {
  state: Extract<JobState, 'succeeded' | 'failed' | 'cancelled'>;
  error: JobError | null;
  outputs: JobOutput[];
  appliedSteps: number;
  /** What to do with the workspace's rebuild flag: set it, clear it, or leave it. */
  rebuild: 'mark' | 'clear' | 'keep';
}

/**
 * Decides a job's end from what the executor gave (a result, or nothing when it threw or never
 * settled) and whether the server aborted it. Without a result the workspace's state is unknown,
 * so it is marked for rebuild.
 */
export function outcomeOf(
  result: JobResult | undefined,
  abortReason: AbortReason | undefined,
  limits: { timeLimitMs: number },
): RunOutcome {
  const outputs = result?.outputs ?? [];
  const appliedSteps = result?.appliedSteps ?? 0;
  const rebuild = result === undefined ? 'mark' : result.rebuilt ? 'clear' : 'keep';
  if (abortReason === 'cancelled') return { state: 'cancelled', error: null, outputs, appliedSteps, rebuild };
  if (abortReason)
    return { state: 'failed', error: abortError(abortReason, limits), outputs, appliedSteps, rebuild };
  if (!result) {
    // The engine's own message stays in the server log: it could quote values from the data.
    const error = {
      code: 'executor-error',
      message: 'The job stopped because of an internal error.',
      line: null,
    };
    return { state: 'failed', error, outputs, appliedSteps, rebuild };
  }
  if (result.status === 'failed')
    return { state: 'failed', error: result.error, outputs, appliedSteps, rebuild };
  return { state: 'succeeded', error: null, outputs, appliedSteps, rebuild };
}

function abortError(reason: Exclude<AbortReason, 'cancelled'>, limits: { timeLimitMs: number }): JobError {
  if (reason === 'time-limit') {
    const seconds = Math.round(limits.timeLimitMs / 100) / 10;
    return {
      code: 'time-limit',
      message: `The job ran longer than its time limit of ${seconds} s.`,
      line: null,
    };
  }
  return { code: 'server-shutdown', message: 'The server shut down while the job ran.', line: null };
}

/** A restart found the job running: it died with the previous process. */
export const serverRestartError: JobError = {
  code: 'server-restart',
  message: 'The server restarted while the job ran. Your workspace will be rebuilt before your next job.',
  line: null,
};
