import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ScriptRejected } from '../../shared/api/errors';
import type { Job, JobListResponseSchema } from '../../shared/api/jobs';
import { followJob, submit, until, waitForEnd } from '../test-support/job-helpers';
import { fixtureScript, TestApp, type TestClient } from '../test-support/test-app';

let t: TestApp;
let alice: TestClient;
let institution: number;
beforeEach(async () => {
  t = new TestApp({ config: { jobs: { workers: 1 } } });
  institution = t.institution('Universitetet i Test');
  await t.user('alice', ['researcher'], institution);
  alice = await t.login('alice');
});
afterEach(async () => {
  t.scanner.assertClean();
  await t.close();
});

const table = {
  kind: 'table',
  line: 5,
  command: 'tabulate',
  rows: [
    ['1', 1030],
    ['2', 990],
  ],
  stamp: 'gate-v1',
};

describe('a job from submission to results', () => {
  it('compiles on the server, streams progress over SSE and serves the protected results', async () => {
    const job = await submit(alice, fixtureScript);
    expect(job).toMatchObject({
      state: 'running',
      datastores: [{ name: 'no.test.fixture', version: '2.0.0.0' }],
      outputs: [],
    });
    const run = await t.controlled.nthRun(0);
    // The executor got the server's own plan, not anything from the browser.
    expect((run.request.plan as { steps: { kind: string }[] }).steps.map((s) => s.kind)).toEqual([
      'require',
      'create-dataset',
      'import',
      'import',
      'tabulate',
      'summarize',
    ]);
    expect(run.request.datastores.map((d) => d.version)).toEqual(['2.0.0.0']);
    expect(run.request.limits.memoryBytes).toBe(t.services.config.jobs.memoryLimitBytes);

    const { events } = await followJob(t, alice, job.id);
    await until(() => t.services.events.size === 1);
    run.progress(2, 'create-dataset', 2);
    run.progress(5, 'tabulate', 5);
    run.succeed([table], {
      appliedSteps: 4,
      disclosure: [
        { rule: 'T1', action: 'suppressed', line: 5, outputIndex: 0 },
        { rule: 'T1', action: 'suppressed', line: 5, outputIndex: 0 },
        { rule: 'P1', action: 'refused', line: 6, outputIndex: null },
      ],
      timings: [{ command: 'tabulate', seconds: 0.02 }],
      peakMemoryBytes: 123_456_789,
    });
    const received = await events;
    expect(received.map((e) => e.type)).toEqual(['state', 'progress', 'progress', 'done']);
    expect(received[1]).toEqual({
      type: 'progress',
      progress: { completedSteps: 2, totalSteps: 6, line: 2, command: 'create-dataset' },
    });
    const done = received[3]!;
    if (done.type !== 'done') throw new Error('expected done');
    expect(done.job).toMatchObject({ id: job.id, state: 'succeeded', outputs: [table], error: null });

    const stored = (await alice.get(`/api/jobs/${job.id}`)).json<Job>();
    expect(stored).toMatchObject({ state: 'succeeded', outputs: [table], script: fixtureScript });
    const audit = t.services.audit.query({ limit: 100 }).entries.reverse();
    expect(audit.map((e) => e.action)).toEqual([
      'auth.login.succeeded',
      'job.submitted',
      'datastore.used',
      'job.started',
      'disclosure.decision',
      'disclosure.decision',
      'job.finished',
    ]);
    expect(audit.find((e) => e.action === 'datastore.used')?.details).toMatchObject({
      datastore: 'no.test.fixture',
      version: '2.0.0.0',
    });
    expect(audit.filter((e) => e.action === 'disclosure.decision').map((e) => e.details)).toEqual([
      expect.objectContaining({ rule: 'T1', action: 'suppressed', line: 5, count: 2 }),
      expect.objectContaining({ rule: 'P1', action: 'refused', line: 6, count: 1 }),
    ]);
    const metrics = await (await t.app.request('/metrics')).text();
    expect(metrics).toContain('registerlab_disclosure_decisions_total{rule="T1",action="suppressed"} 2');
    expect(metrics).toContain('registerlab_duckdb_peak_memory_bytes 123456789');
    expect(metrics).toContain('registerlab_command_duration_seconds_count{command="tabulate"} 1');
  });

  it('sends a finished job as state and done at once', async () => {
    const job = await submit(alice, fixtureScript);
    (await t.controlled.nthRun(0)).succeed([table]);
    await waitForEnd(alice, job.id);
    const { events } = await followJob(t, alice, job.id);
    expect((await events).map((e) => e.type)).toEqual(['state', 'done']);
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await alice.post('/api/jobs', { script: 'x'.repeat(3 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.json()).toMatchObject({ code: 'body-too-large' });
  });

  it('rejects a script that does not compile with 422 and its diagnostics, and queues nothing', async () => {
    const res = await alice.post('/api/jobs', {
      script: 'require no.test.fixture:2 as db\ncreate-dataset p\nimport db/NOPE as x\n',
    });
    expect(res.status).toBe(422);
    const body = res.json<ScriptRejected>();
    expect(body.code).toBe('script-rejected');
    expect(body.diagnostics.map((d) => d.code)).toEqual(['unknown-register-variable']);
    expect(body.diagnostics[0]!.span.start).toBe(
      'require no.test.fixture:2 as db\ncreate-dataset p\nimport db/'.length,
    );
    expect(t.controlled.runs).toHaveLength(0);
    expect((await alice.get('/api/jobs')).json<z.infer<typeof JobListResponseSchema>>().jobs).toEqual([]);
  });

  it('ignores a plan sent by the browser', async () => {
    const res = await alice.post('/api/jobs', {
      script: 'create-dataset a\n',
      plan: { version: 1, steps: [{ kind: 'evil' }] },
    });
    expect(res.status).toBe(202);
    const run = await t.controlled.nthRun(0);
    expect(run.request.plan).toMatchObject({ steps: [{ kind: 'create-dataset', name: 'a' }] });
  });

  it('keeps the failing command and the outputs before it', async () => {
    const job = await submit(alice, fixtureScript);
    const run = await t.controlled.nthRun(0);
    run.progress(5);
    run.fail({ code: 'command-failed', message: 'summarize needs a numeric variable', line: 6 }, [table]);
    const ended = await waitForEnd(alice, job.id);
    expect(ended).toMatchObject({
      state: 'failed',
      error: { code: 'command-failed', line: 6 },
      outputs: [table],
    });
  });
});

describe('who may run jobs', () => {
  it('refuses a user whose institution has no valid agreement', async () => {
    const expired = t.institution('Utløpt institutt', '2024-01-01', '2024-12-31');
    await t.user('bob', ['researcher'], expired);
    const bob = await t.login('bob');
    const res = await bob.post('/api/jobs', { script: fixtureScript });
    expect(res.status).toBe(403);
    expect(res.json()).toMatchObject({ code: 'no-valid-agreement' });
    expect((await bob.get('/api/auth/me')).json()).toMatchObject({
      canRunJobs: false,
      agreement: { state: 'expired' },
    });
    expect(t.controlled.runs).toHaveLength(0);
  });

  it('refuses from the day after the agreement ends', async () => {
    const id = t.services.institutions.agreements(institution)[0]!.id;
    t.services.institutions.updateAgreement(id, { validTo: '2025-06-15' });
    expect((await alice.post('/api/jobs', { script: 'create-dataset a\n' })).status).toBe(202);
    t.clock.advance(12 * 3600_000); // 02:00 on 16 June in Oslo
    const again = await t.login('alice');
    expect((await again.post('/api/jobs', { script: 'create-dataset a\n' })).json()).toMatchObject({
      code: 'no-valid-agreement',
    });
  });

  it('refuses a user without an institution, and one whose agreement has not started', async () => {
    await t.user('nomad', ['researcher'], null);
    const future = t.institution('Framtida', '2026-01-01', '2026-12-31');
    await t.user('early', ['researcher'], future);
    for (const name of ['nomad', 'early']) {
      const res = await (await t.login(name)).post('/api/jobs', { script: fixtureScript });
      expect(res.json()).toMatchObject({ code: 'no-valid-agreement' });
    }
  });

  it('refuses a user who has not accepted the current terms, until they do', async () => {
    await t.user('carol', ['researcher'], institution, false);
    const carol = await t.login('carol');
    const refused = await carol.post('/api/jobs', { script: fixtureScript });
    expect(refused.status).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'terms-not-accepted' });
    const terms = (await carol.get('/api/terms')).json<{ version: number }>();
    expect((await carol.post('/api/terms/accept', { version: terms.version + 1 })).status).toBe(409);
    expect((await carol.post('/api/terms/accept', { version: terms.version })).status).toBe(200);
    expect((await carol.post('/api/jobs', { script: fixtureScript })).status).toBe(202);
  });

  it('asks everyone to accept again when new terms are published', async () => {
    t.services.terms.publish('Nye vilkår', 'New terms');
    const res = await alice.post('/api/jobs', { script: fixtureScript });
    expect(res.json()).toMatchObject({ code: 'terms-not-accepted' });
  });

  it('refuses roles that do not run jobs', async () => {
    await t.user('admin', ['institution-admin'], institution);
    const res = await (await t.login('admin')).post('/api/jobs', { script: fixtureScript });
    expect(res.json()).toMatchObject({ code: 'not-allowed-for-role' });
  });

  it('refuses without a session', async () => {
    expect((await t.client().post('/api/jobs', { script: fixtureScript })).status).toBe(401);
  });

  it("hides other users' jobs", async () => {
    const job = await submit(alice, fixtureScript);
    await t.user('bob', ['researcher'], institution);
    const bob = await t.login('bob');
    expect((await bob.get(`/api/jobs/${job.id}`)).status).toBe(404);
    expect((await bob.get(`/api/jobs/${job.id}/events`)).status).toBe(404);
    expect((await bob.delete(`/api/jobs/${job.id}`)).status).toBe(404);
    expect((await bob.get('/api/jobs')).json()).toEqual({ jobs: [] });
  });
});
