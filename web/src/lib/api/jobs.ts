import { type Job, type JobEvent, JobEventSchema, type JobSummary } from '../../../../shared/api/jobs';
import { type ApiResult, api } from './http';

/** Submits a script; the server compiles it itself (422 `script-rejected` with diagnostics when it has errors). */
export function submitJob(script: string): Promise<ApiResult<Job>> {
  return api<Job>('POST', '/api/jobs', { script });
}

/** A job with its protected outputs. */
export function getJob(id: string): Promise<ApiResult<Job>> {
  return api<Job>('GET', `/api/jobs/${encodeURIComponent(id)}`);
}

/** The user's recent jobs, newest first. */
export function listJobs(): Promise<ApiResult<{ jobs: JobSummary[] }>> {
  return api('GET', '/api/jobs');
}

/** Asks the server to cancel a job. */
export function cancelJob(id: string): Promise<ApiResult<Job>> {
  return api<Job>('DELETE', `/api/jobs/${encodeURIComponent(id)}`);
}

/**
 * Follows a job over server-sent events until `done`; returns a function that stops following. Events that
 * do not match the contract are ignored, and a dropped connection is reported through `onLost`.
 */
export function followJob(id: string, onEvent: (event: JobEvent) => void, onLost: () => void): () => void {
  const source = new EventSource(`/api/jobs/${encodeURIComponent(id)}/events`, { withCredentials: true });
  let finished = false;
  const handle = (message: MessageEvent<string>) => {
    const parsed = JobEventSchema.safeParse(JSON.parse(message.data));
    if (!parsed.success) return;
    if (parsed.data.type === 'done') {
      finished = true;
      source.close();
    }
    onEvent(parsed.data);
  };
  for (const type of ['state', 'progress', 'done']) source.addEventListener(type, handle);
  source.onerror = () => {
    if (finished) return;
    source.close();
    onLost();
  };
  return () => {
    finished = true;
    source.close();
  };
}
