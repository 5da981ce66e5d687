import type { DatastoreRef, JobError, JobOutput, JobProgress } from '../../shared/api/jobs';
import type { DatastoreEntry } from '../datastores/registry';

/**
 * The one seam between the server and the engine. The queue calls `run` once per job, in an execution
 * slot, with everything the engine needs and nothing it could use to reach another user's data.
 *
 * The contract, for whoever plugs in the DuckDB engine:
 * - Outputs must already have passed the engine's disclosure gate; the server stores and sends them
 *   as given (JSON), after `run` resolves and never before.
 * - Resolve, do not reject: a failing command is `{status: 'failed', error}` with the outputs up to it.
 *   A rejection is treated as an engine fault; the job fails with `executor-error` and the workspace is
 *   marked for rebuild, since its state is then unknown.
 * - Honour `signal` (cancel or time limit) promptly; the server frees the slot after a grace period
 *   whether or not `run` has settled.
 * - Apply `limits.memoryBytes` (DuckDB `memory_limit`) and report a breach as error code `memory-limit`.
 * - Rebuild the workspace by replaying `workspace.history` (each entry's first `appliedSteps` plan
 *   steps, outputs discarded) when `workspace.needsRebuild` is set or the engine does not hold the
 *   workspace (after a restart, say), and then say `rebuilt: true`.
 */
export interface JobExecutor {
  run(request: JobRequest): Promise<JobResult>;
}

/** Everything one run gets. */
export interface JobRequest {
  jobId: string;
  userId: number;
  /** The script as the user sent it (for messages and line numbers). */
  script: string;
  /** The plan the server compiled from `script` with shared/lang (never one from the browser). */
  plan: unknown;
  /** The datastore versions the script requires, resolved by the server. */
  datastores: DatastoreEntry[];
  workspace: JobWorkspace;
  limits: JobLimits;
  signal: AbortSignal;
  /** Reports progress; cheap to call once per command. */
  onProgress(progress: JobProgress): void;
}

/** The user's workspace as the engine should find it. */
export interface JobWorkspace {
  id: number;
  /** A folder for this workspace only (the engine may keep its DuckDB file here). */
  dir: string;
  needsRebuild: boolean;
  /** The runs that built the workspace, oldest first. */
  history: ReplayEntry[];
}

/** One earlier run to replay when rebuilding a workspace. */
export interface ReplayEntry {
  jobId: string;
  script: string;
  plan: unknown;
  datastores: DatastoreRef[];
  /** How many plan steps of that run changed the workspace (all, or those before a failed command). */
  appliedSteps: number;
}

/** Limits the server sets for one job. */
export interface JobLimits {
  timeLimitMs: number;
  memoryBytes: number;
}

/** One decision of the disclosure gate, for the audit log and the refusals metric. */
export interface DisclosureDecision {
  /** Rule id, e.g. `T1`, `P1`, `cell-key`. */
  rule: string;
  /** What the gate did: `suppressed`, `refused`, `perturbed`, ... */
  action: string;
  line: number | null;
  /** Index into `outputs`, or null for a refused command with no output. */
  outputIndex: number | null;
}

/** Time spent on one command, for the command-duration histogram. */
export interface CommandTiming {
  command: string;
  seconds: number;
}

interface JobResultBase {
  /** Protected outputs in script order (for a failed run, those before the failing command). */
  outputs: JobOutput[];
  /** Plan steps that changed the workspace in this run. */
  appliedSteps: number;
  /** True when the engine replayed the workspace history before this run. */
  rebuilt: boolean;
  disclosure: DisclosureDecision[];
  timings?: CommandTiming[];
  /** Peak DuckDB memory of the run, when the engine can tell. */
  peakMemoryBytes?: number;
  /** The workspace's datasets and variables for the workspace panel (protected counts only). */
  workspaceSummary?: unknown;
}

/** What `run` resolves to. */
export type JobResult =
  | (JobResultBase & { status: 'succeeded' })
  | (JobResultBase & { status: 'failed'; error: JobError });
