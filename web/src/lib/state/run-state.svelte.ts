import type { JobError, JobProgress, JobState, JobSummary } from '../../../../shared/api/jobs';
import type { Diagnostic } from '../../../../shared/lang/index';
import { cancelJob, followJob, getJob, listJobs, submitJob } from '../api/jobs';
import type { RunRange } from '../editor/run-range';
import { parseOutputs, type ShownOutput } from '../output/parse-outputs';
import { workerApi } from '../worker/worker-client';
import type { RunMode } from './mode.svelte';
import { runInPractice } from './practice-run';

/** One live run as the output panel shows it. */
export interface Run {
  mode: RunMode;
  range: RunRange;
  jobId: string | null;
  state: JobState | 'submitting' | 'rejected' | 'unreachable';
  queuePosition: number | null;
  progress: JobProgress | null;
  outputs: ShownOutput[];
  error: JobError | null;
  /** The server's diagnostics when it refused to compile the script (spans in editor offsets). */
  rejected: Diagnostic[];
  /** A refusal or failure of the request itself (not allowed, too many jobs, network). */
  requestError: string | null;
}

/** Live runs: submit to the job API, follow progress over SSE, keep the outputs; and the run history. */
export class RunState {
  run = $state.raw<Run | null>(null);
  history = $state.raw<JobSummary[]>([]);
  private stop: (() => void) | null = null;

  private patch(change: Partial<Run>): void {
    if (this.run) this.run = { ...this.run, ...change };
  }

  /** Runs a range of the script, live on the server or in practice mode in the browser. */
  async start(range: RunRange, mode: RunMode = 'live'): Promise<void> {
    this.stop?.();
    this.run = {
      mode,
      range,
      jobId: null,
      state: 'submitting',
      queuePosition: null,
      progress: null,
      outputs: [],
      error: null,
      rejected: [],
      requestError: null,
    };
    if (mode === 'practice') {
      this.stop = () => void workerApi().practice.cancel();
      return runInPractice(range, (change) => {
        if (this.run?.range === range) this.patch(change);
      });
    }
    const submitted = await submitJob(range.text);
    if (!submitted.ok) {
      const diagnostics = submitted.code === 'script-rejected' ? (submitted.details as Diagnostic[]) : [];
      this.patch({
        state: submitted.code === 'script-rejected' ? 'rejected' : 'unreachable',
        rejected: diagnostics.map((d) => ({
          ...d,
          span: { start: d.span.start + range.offset, end: d.span.end + range.offset },
        })),
        requestError: submitted.code === 'script-rejected' ? null : submitted.message,
      });
      return;
    }
    const job = submitted.data;
    this.patch({ jobId: job.id, state: job.state, queuePosition: job.queuePosition });
    this.stop = followJob(
      job.id,
      (event) => {
        if (this.run?.jobId !== job.id) return;
        if (event.type === 'state')
          this.patch({
            state: event.job.state,
            queuePosition: event.job.queuePosition,
            progress: event.job.progress,
          });
        else if (event.type === 'progress') this.patch({ state: 'running', progress: event.progress });
        else this.finish(event.job);
      },
      () => void this.recover(job.id),
    );
  }

  private finish(job: {
    state: JobState;
    outputs: Record<string, unknown>[];
    error: JobError | null;
    progress: JobProgress | null;
  }): void {
    this.patch({
      state: job.state,
      outputs: parseOutputs(job.outputs),
      error: job.error,
      progress: job.progress,
      queuePosition: null,
    });
    void this.loadHistory();
  }

  /** After a dropped event stream: read the job once (it may have finished meanwhile). */
  private async recover(id: string): Promise<void> {
    const job = await getJob(id);
    if (job.ok && job.data.finishedAt) this.finish(job.data);
    else
      this.patch({ requestError: 'The progress stream was interrupted; reload the job from the history.' });
  }

  /** Cancels the running job. */
  async cancel(): Promise<void> {
    if (this.run?.mode === 'practice') await workerApi().practice.cancel();
    else if (this.run?.jobId) await cancelJob(this.run.jobId);
  }

  /** True while a job is submitted, queued or running. */
  busy(): boolean {
    const s = this.run?.state;
    return s === 'submitting' || s === 'queued' || s === 'running';
  }

  /** Reads the run history. */
  async loadHistory(): Promise<void> {
    const result = await listJobs();
    if (result.ok) this.history = result.data.jobs;
  }

  /** Shows an earlier run's outputs (its lines refer to its own script, given back for opening). */
  async show(id: string): Promise<string | null> {
    this.stop?.();
    const job = await getJob(id);
    if (!job.ok) return null;
    this.run = {
      mode: 'live',
      range: { text: job.data.script, firstLine: 0, offset: 0 },
      jobId: id,
      state: job.data.state,
      queuePosition: job.data.queuePosition,
      progress: job.data.progress,
      outputs: parseOutputs(job.data.outputs),
      error: job.data.error,
      rejected: [],
      requestError: null,
    };
    return job.data.script;
  }
}
