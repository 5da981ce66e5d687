import { z } from 'zod';
import { TimestampSchema } from './common';

/** `POST /api/jobs` body: the script text. The server compiles it itself; a plan is never accepted. */
export const SubmitJobRequestSchema = z.object({ script: z.string().min(1).max(1_000_000) });
export type SubmitJobRequest = z.infer<typeof SubmitJobRequestSchema>;

/** Where a job is in its life. */
export const JobStateSchema = z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']);
export type JobState = z.infer<typeof JobStateSchema>;

/** States a job never leaves. */
export const FINISHED_JOB_STATES: readonly JobState[] = ['succeeded', 'failed', 'cancelled'];

/** Why a job failed: `time-limit`, `memory-limit`, `server-restart`, `command-failed`, `executor-error`, ... */
export const JobErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  line: z.number().int().nullable(),
});
export type JobError = z.infer<typeof JobErrorSchema>;

/** How far a running job has come. */
export const JobProgressSchema = z.object({
  completedSteps: z.number().int().min(0),
  totalSteps: z.number().int().min(0),
  line: z.number().int().nullable(),
  command: z.string().nullable(),
});
export type JobProgress = z.infer<typeof JobProgressSchema>;

/**
 * One result of a script (table, summary, chart data, text, error), shaped by the engine and passed
 * through its disclosure gate before the server stores it. Never a row or a unit id.
 */
export const JobOutputSchema = z.record(z.string(), z.unknown()).meta({ id: 'JobOutput' });
export type JobOutput = z.infer<typeof JobOutputSchema>;

/** A datastore version a job ran against. */
export const DatastoreRefSchema = z.object({ name: z.string(), version: z.string() });
export type DatastoreRef = z.infer<typeof DatastoreRefSchema>;

/** A job without its outputs, for lists. */
export const JobSummarySchema = z.object({
  id: z.string(),
  state: JobStateSchema,
  createdAt: TimestampSchema,
  startedAt: TimestampSchema.nullable(),
  finishedAt: TimestampSchema.nullable(),
  /** 1 = next to start; null unless queued. */
  queuePosition: z.number().int().nullable(),
  progress: JobProgressSchema.nullable(),
  datastores: z.array(DatastoreRefSchema),
  error: JobErrorSchema.nullable(),
});
export type JobSummary = z.infer<typeof JobSummarySchema>;

/** `GET /api/jobs/:id`: a job with its script and its protected outputs (empty until it has run). */
export const JobSchema = JobSummarySchema.extend({
  script: z.string(),
  outputs: z.array(JobOutputSchema),
});
export type Job = z.infer<typeof JobSchema>;

/** `GET /api/jobs` answer: the user's recent jobs, newest first. */
export const JobListResponseSchema = z.object({ jobs: z.array(JobSummarySchema) });

/**
 * The server-sent events of `GET /api/jobs/:id/events`; the SSE `event:` field carries `type` and
 * `data:` the whole object as JSON. `state` comes first, `done` last (then the stream closes).
 */
export const JobEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state'), job: JobSummarySchema }),
  z.object({ type: z.literal('progress'), progress: JobProgressSchema }),
  z.object({ type: z.literal('done'), job: JobSchema }),
]);
export type JobEvent = z.infer<typeof JobEventSchema>;
