import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { JobOutput } from '../../shared/api/jobs';
import { type DisclosureConfig, defaultDisclosureConfig } from '../../shared/disclosure/config';
import type { DatastoreSource } from '../../shared/engine/datastore-source';
import {
  assertReleased,
  type GateDecision,
  gateStateFromJson,
  gateStateToJson,
  newGateState,
} from '../../shared/engine/gate';
import { ReplayError, runPlan } from '../../shared/engine/run-plan';
import { type Plan, PlanSchema } from '../../shared/lang/plan';
import type { SqlDatabase } from '../../shared/sql/database';
import type { DatastoreEntry } from '../datastores/registry';
import type { DisclosureDecision, JobExecutor, JobRequest, JobResult } from '../jobs/executor';
import { directoryDatastoreSource } from './datastore-source';
import { defaultEngineLimits, type EngineLimits, openEngineDatabase } from './open-engine-database';

/** What the engine executor needs besides each job's request. */
export interface EngineExecutorOptions {
  disclosure?: DisclosureConfig;
  limits?: Partial<EngineLimits>;
  /** Where unexpected engine failures go (they may quote data, so never to users). */
  log?: (message: string) => void;
}

const GATE_STATE_FILE = 'gate-state.json';

/**
 * The DuckDB engine behind the server's `JobExecutor` seam. Each job gets a fresh native DuckDB with the job's
 * memory limit; the workspace is rebuilt by replaying its history (the engine holds no workspace between
 * jobs), the gate's budget and fingerprints are kept in the workspace folder, and every output is checked
 * with `assertReleased` before it is handed back.
 */
export function createEngineExecutor(options: EngineExecutorOptions = {}): JobExecutor {
  const disclosure = options.disclosure ?? defaultDisclosureConfig;
  const log = options.log ?? ((m: string) => console.error(m));
  return {
    async run(request) {
      return runJob(request, disclosure, { ...defaultEngineLimits(), ...options.limits }, log);
    },
  };
}

async function runJob(
  request: JobRequest,
  disclosure: DisclosureConfig,
  limits: EngineLimits,
  log: (message: string) => void,
): Promise<JobResult> {
  const base = { outputs: [] as JobOutput[], appliedSteps: 0, rebuilt: false, disclosure: [] };
  const parsed = PlanSchema.safeParse(request.plan);
  if (!parsed.success)
    return {
      ...base,
      status: 'failed',
      error: { code: 'invalid-plan', message: 'The plan is not valid.', line: null },
    };
  const plan = parsed.data;
  const replay = request.workspace.history.map((entry) => {
    const p = PlanSchema.parse(entry.plan);
    return { ...p, steps: p.steps.slice(0, entry.appliedSteps) } satisfies Plan;
  });
  const memoryLimit = `${Math.max(64, Math.floor(request.limits.memoryBytes / 2 ** 20))}MB`;
  const db = await openEngineDatabase({ ...limits, memoryLimit }, request.jobId);
  const gateFile = path.join(request.workspace.dir, GATE_STATE_FILE);
  const gate = existsSync(gateFile)
    ? gateStateFromJson(readFileSync(gateFile, 'utf8'), disclosure)
    : newGateState();
  const decisions: DisclosureDecision[] = [];
  const timings: { command: string; seconds: number }[] = [];
  let stepStarted = performance.now();
  let stepCommand: string | null = null;
  const closeTiming = () => {
    if (stepCommand)
      timings.push({ command: stepCommand, seconds: (performance.now() - stepStarted) / 1000 });
  };
  try {
    const result = await runPlan(plan, {
      db,
      source: sourceOf(request.datastores, plan),
      disclosure,
      gate,
      replay,
      // The job's database is in memory and closed below; keeping the tables lets us measure its memory.
      keepWorkspace: true,
      signal: request.signal,
      timeLimitMs: request.limits.timeLimitMs,
      audit: (d: GateDecision) =>
        decisions.push({ rule: d.rule, action: d.action, line: d.line, outputIndex: d.output }),
      onStep: ({ index, line, command }) => {
        closeTiming();
        stepStarted = performance.now();
        stepCommand = command;
        request.onProgress({ completedSteps: index, totalSteps: plan.steps.length, line, command });
      },
      onInternalError: (error, step) =>
        log(
          `engine: job ${request.jobId} line ${step.line} ${step.kind}: ${error instanceof Error ? error.message : String(error)}`,
        ),
    });
    closeTiming();
    const peakMemoryBytes = await memoryInUse(db);
    assertReleased(result.outputs);
    mkdirSync(request.workspace.dir, { recursive: true });
    writeFileSync(gateFile, gateStateToJson(gate));
    const outputs = result.outputs.map((o) => JSON.parse(JSON.stringify(o)) as JobOutput);
    const rebuilt = replay.length > 0 || request.workspace.needsRebuild;
    const common = { outputs, rebuilt, disclosure: decisions, timings, peakMemoryBytes };
    if (result.status === 'completed')
      return { ...common, status: 'succeeded', appliedSteps: plan.steps.length };
    const failed = result.outputs.at(-1);
    const index = plan.steps.findIndex((s) => s.line === result.failedLine);
    return {
      ...common,
      status: 'failed',
      appliedSteps: Math.max(0, index),
      error: {
        code: failed?.kind === 'error' ? failed.code : 'command-failed',
        message: failed?.kind === 'error' ? failed.message.en : 'A command failed.',
        line: result.failedLine,
      },
    };
  } catch (error) {
    if (error instanceof ReplayError)
      return {
        ...base,
        rebuilt: true,
        status: 'failed',
        error: {
          code: 'rebuild-failed',
          message: 'The workspace could not be rebuilt from earlier runs.',
          line: null,
        },
      };
    throw error;
  } finally {
    await db.close();
  }
}

/** The datastore the plan requires (the server resolved its version); an empty one for scripts without `require`. */
function sourceOf(entries: readonly DatastoreEntry[], plan: Plan): DatastoreSource {
  const wanted = plan.datastores[0];
  const entry = entries.find((e) => e.name === wanted?.name) ?? entries[0];
  if (entry) return directoryDatastoreSource(entry.dir, entry.manifest);
  return {
    manifest: {
      formatVersion: 1,
      name: 'no.none',
      version: '0.0.0.0',
      description: { nb: 'Ingen', en: 'None' },
      synthetic: true,
      unitTypes: [],
      variables: [],
      codeLists: [],
    },
    variableSql: (name) => {
      throw new Error(`no datastore for ${name}`);
    },
    keysSql: (unitType) => {
      throw new Error(`no datastore for ${unitType}`);
    },
  };
}

/**
 * DuckDB's memory in use at the end of the run, with the workspace tables still held: DuckDB reports no peak,
 * and the workspace is what a job accumulates. Undefined when it cannot tell.
 */
async function memoryInUse(db: SqlDatabase): Promise<number | undefined> {
  try {
    const [row] = await db.query(
      'SELECT CAST(coalesce(sum(memory_usage_bytes), 0) AS BIGINT) AS bytes FROM duckdb_memory()',
    );
    return typeof row?.bytes === 'number' ? row.bytes : undefined;
  } catch {
    return undefined;
  }
}
