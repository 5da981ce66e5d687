import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEngineExecutor } from '../../server/engine/engine-executor';
import { runScriptOnDatastore } from '../../server/engine/run-script';
import { submit, waitForEnd } from '../../server/test-support/job-helpers';
import { TestApp, type TestClient } from '../../server/test-support/test-app';
import { UnreleasedOutputError } from '../../shared/engine/gate';
import type { Output } from '../../shared/engine/output';
import { testDatastoreDir } from '../fixtures/datastore';

// The output path rejects unstamped results: whatever the engine's runner hands back, the server's executor
// checks every output with `assertReleased` before it serialises it. Here the runner is made to return a
// table that never passed the gate (as a bug in a handler that built outputs itself would); the job must
// fail, and the table's numbers must appear in no answer of the server.
const SECRET = 4711;
// A script that needs no data (the server's fixture datastore holds sealed markers, not Parquet).
const script = 'textblock\nHei\nendblock\n';
let inject: Output[] | null = null;

vi.mock('../../shared/engine/run-plan', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/engine/run-plan')>();
  return {
    ...actual,
    runPlan: async (...args: Parameters<typeof actual.runPlan>) => {
      const result = await actual.runPlan(...args);
      return inject ? { ...result, outputs: [...result.outputs, ...inject] } : result;
    },
  };
});

const unstamped: Output = {
  line: 5,
  command: 'tabulate',
  span: { start: 0, end: 1 },
  kind: 'table',
  table: {
    title: 'kjonn',
    rowDimensions: ['kjonn'],
    columns: [{ key: 'count', label: 'Antall' }],
    rows: [{ header: ['1'], cells: [{ value: SECRET, format: 'count', rule: 'CK' }] }],
    notes: [],
  },
};

let t: TestApp;
let alice: TestClient;
beforeEach(async () => {
  t = new TestApp({ executor: createEngineExecutor({ log: () => {} }), config: { jobs: { workers: 1 } } });
  await t.user('alice', ['researcher'], t.institution('Universitetet i Test'));
  alice = await t.login('alice');
});
afterEach(async () => {
  inject = null;
  await t.close();
});

describe('the server output path', () => {
  it('stores and serves the outputs the gate released', async () => {
    const job = await waitForEnd(alice, (await submit(alice, script)).id, 60_000);
    expect(job.error).toBeNull();
    expect(job.state).toBe('succeeded');
    expect(job.outputs).toEqual([expect.objectContaining({ kind: 'text', text: 'Hei' })]);
  });

  it('fails the job rather than store or send an output that did not pass the gate', async () => {
    inject = [unstamped];
    const job = await waitForEnd(alice, (await submit(alice, script)).id, 60_000);
    expect(job.state).toBe('failed');
    expect(job.error?.code).toBe('executor-error');
    expect(job.outputs).toEqual([]);
    const answers = [
      (await alice.get(`/api/jobs/${job.id}`)).text,
      (await alice.get('/api/jobs')).text,
      (await alice.get('/api/workspace')).text,
    ];
    for (const text of answers) expect(text).not.toContain(String(SECRET));
  });

  it('rejects a copy of a released output just the same (the stamp is the object, not its content)', async () => {
    const { release, newGateState } = await import('../../shared/engine/gate');
    const { defaultDisclosureConfig } = await import('../../shared/disclosure/config');
    const [released] = release(
      { line: 1, command: 'textblock', span: { start: 0, end: 1 }, kind: 'text', format: 'plain', text: 'x' },
      defaultDisclosureConfig,
      newGateState(),
    );
    inject = [{ ...released! }];
    const job = await waitForEnd(alice, (await submit(alice, script)).id, 60_000);
    expect(job.state).toBe('failed');
    expect(job.error?.code).toBe('executor-error');
  });

  it('registerlab run refuses to print an output that did not pass the gate', async () => {
    const ok = await runScriptOnDatastore(script, testDatastoreDir());
    expect(ok.ok && ok.result.outputs).toEqual([expect.objectContaining({ kind: 'text', text: 'Hei' })]);
    inject = [unstamped];
    await expect(runScriptOnDatastore(script, testDatastoreDir())).rejects.toThrow(UnreleasedOutputError);
  });
});
