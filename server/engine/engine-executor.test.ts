import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatastoreManifest } from '../../shared/datastore/manifest';
import { catalogFromManifest } from '../../shared/lang/catalog';
import { compile } from '../../shared/lang/compile';
import { writeFixtureDatastore } from '../../test/engine/fixture-datastore';
import { fixtureSpec } from '../../test/engine/fixture-spec';
import { fixtureDisclosure } from '../../test/engine/run-fixture';
import type { JobRequest, ReplayEntry } from '../jobs/executor';
import { createEngineExecutor } from './engine-executor';

const dir = mkdtempSync(path.join(os.tmpdir(), 'registerlab-executor-'));
let manifest: DatastoreManifest;
beforeAll(async () => {
  manifest = await writeFixtureDatastore(path.join(dir, 'store'), fixtureSpec);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function request(script: string, history: ReplayEntry[] = []): JobRequest {
  const { plan } = compile(script, [catalogFromManifest(manifest)]);
  if (!plan) throw new Error('script does not check');
  return {
    jobId: `job-${history.length}`,
    userId: 1,
    script,
    plan,
    datastores: [{ name: manifest.name, version: manifest.version, dir: path.join(dir, 'store'), manifest }],
    workspace: { id: 1, dir: path.join(dir, 'ws'), needsRebuild: false, history },
    limits: { timeLimitMs: 60_000, memoryBytes: 512 * 2 ** 20 },
    signal: new AbortController().signal,
    onProgress: () => {},
  };
}

const first =
  'require no.ssb.fdb:1.0.0.0 as db\ncreate-dataset p\nimport db/KJOENN as k\ntextblock\nHei\nendblock\n';

describe('engine executor', () => {
  it('runs a job to its end and returns released outputs as JSON, with progress', async () => {
    const progress: (string | null)[] = [];
    const result = await createEngineExecutor({ disclosure: fixtureDisclosure }).run({
      ...request(first),
      onProgress: (p) => progress.push(p.command),
    });
    expect(result.status).toBe('succeeded');
    expect(result.appliedSteps).toBe(4);
    expect(result.outputs).toEqual([expect.objectContaining({ kind: 'text', line: 4, text: 'Hei' })]);
    expect(progress).toEqual(['require', 'create-dataset', 'import', 'textblock']);
    expect(result.peakMemoryBytes).toBeGreaterThan(0);
  });

  it('rebuilds the workspace from history, and reports a failing command with its line', async () => {
    const history: ReplayEntry[] = [
      { jobId: 'job-0', script: first, plan: request(first).plan, datastores: [], appliedSteps: 4 },
    ];
    // The second run uses p, made by the first: compile it with a create-dataset the plan then leaves out.
    const req = request('require no.ssb.fdb:1.0.0.0 as db\ncreate-dataset p\ngenerate a = 1\n', history);
    const plan = req.plan as { steps: { kind: string; line: number }[] };
    plan.steps = plan.steps.filter((s) => s.kind !== 'create-dataset');
    const result = await createEngineExecutor({ disclosure: fixtureDisclosure }).run(req);
    expect(result.rebuilt).toBe(true);
    expect(result.status).toBe('succeeded');
    const failing = request('require no.ssb.fdb:1.0.0.0 as db\ncreate-dataset p\ngenerate a = 1\n');
    const failed = await createEngineExecutor({ disclosure: fixtureDisclosure }).run(failing);
    expect(failed.status).toBe('failed');
    if (failed.status === 'failed') expect(failed.error).toMatchObject({ code: 'dataset-empty', line: 3 });
    expect(failed.appliedSteps).toBe(2);
  });
});
