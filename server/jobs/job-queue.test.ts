import { afterEach, describe, expect, it } from 'vitest';
import type { Job } from '../../shared/api/jobs';
import type { Workspace } from '../../shared/api/workspace';
import type { ConfigPatch } from '../config/server-config';
import { followJob, submit, until, waitForEnd } from '../test-support/job-helpers';
import { fixtureScript, TestApp, type TestClient } from '../test-support/test-app';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const t of apps.splice(0)) {
    t.scanner.assertClean();
    await t.close();
  }
});

/** An app with one institution and researchers a, b, c signed in. */
async function setup(config: ConfigPatch = {}) {
  const t = new TestApp({ config });
  apps.push(t);
  const inst = t.institution('Testinstituttet');
  const clients: TestClient[] = [];
  for (const name of ['a', 'b', 'c'].map((n) => `user-${n}`)) {
    await t.user(name, ['researcher'], inst);
    clients.push(await t.login(name));
  }
  return { t, a: clients[0]!, b: clients[1]!, c: clients[2]! };
}

const script = (n: number) => `create-dataset d${n}\n`;
const startedScripts = (t: TestApp) => t.controlled.runs.map((r) => r.request.script);

describe('queue order and limits', () => {
  it('takes turns between users: a burst from one user does not hold back the others', async () => {
    const { t, a, b, c } = await setup({ jobs: { workers: 1 } });
    for (const n of [1, 2, 3]) await submit(a, script(n));
    await submit(b, script(4));
    await submit(c, script(5));
    await submit(b, script(6));
    for (let i = 0; i < 6; i++) (await t.controlled.nthRun(i)).succeed([]);
    expect(startedScripts(t)).toEqual([1, 4, 5, 2, 6, 3].map(script));
  });

  it('tells a queued job its place', async () => {
    const { t, a, b } = await setup({ jobs: { workers: 1 } });
    await submit(a, script(1));
    const second = await submit(a, script(2));
    const third = await submit(b, script(3));
    expect(second.queuePosition).toBe(1);
    // b's job, submitted later, goes before a's second: a was served last.
    expect(third.queuePosition).toBe(1);
    expect((await a.get(`/api/jobs/${second.id}`)).json<Job>().queuePosition).toBe(2);
    expect(t.services.queue.counts()).toEqual({ queued: 2, running: 1 });
  });

  it('runs at most perUserConcurrency jobs of one user, filling free slots with others', async () => {
    const { t, a, b } = await setup({ jobs: { workers: 2, perUserConcurrency: 1 } });
    await submit(a, script(1));
    await submit(a, script(2));
    await t.controlled.nthRun(0);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(t.controlled.runs).toHaveLength(1); // a's second waits although a slot is free
    await submit(b, script(3));
    await t.controlled.nthRun(1);
    expect(startedScripts(t)).toEqual([script(1), script(3)]);
    t.controlled.runs[0]!.succeed([]);
    await t.controlled.nthRun(2);
    expect(startedScripts(t)[2]).toBe(script(2));
  });

  it('refuses more than maxQueuedPerUser active jobs with 429', async () => {
    const { a } = await setup({ jobs: { workers: 1, maxQueuedPerUser: 2 } });
    await submit(a, script(1));
    await submit(a, script(2));
    const res = await a.post('/api/jobs', { script: script(3) });
    expect(res.status).toBe(429);
    expect(res.json()).toMatchObject({ code: 'too-many-jobs' });
  });
});

describe('event stream', () => {
  it('sends keep-alive comments while a job waits', async () => {
    const { t, a } = await setup({ jobs: { workers: 1, heartbeatMs: 20 } });
    const job = await submit(a, script(1));
    const res = await a.raw('GET', `/api/jobs/${job.id}/events`);
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes(': keep-alive')) text += new TextDecoder().decode((await reader.read()).value);
    (await t.controlled.nthRun(0)).succeed([]);
    while (!text.includes('event: done')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toMatch(/^event: state\ndata: \{.*\}\nid: 1\n\n/);
    expect(text).toContain('event: done');
    t.scanner.scan('SSE', text);
  });
});

describe('cancel', () => {
  it('cancels a queued job without running it', async () => {
    const { t, a } = await setup({ jobs: { workers: 1 } });
    await submit(a, script(1));
    const queued = await submit(a, script(2));
    const res = await a.delete(`/api/jobs/${queued.id}`);
    expect(res.json<Job>().state).toBe('cancelled');
    (await t.controlled.nthRun(0)).succeed([]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(startedScripts(t)).toEqual([script(1)]);
  });

  it('aborts a running job; the stream ends with the cancelled job and the slot frees', async () => {
    const { t, a } = await setup({ jobs: { workers: 1 } });
    const job = await submit(a, fixtureScript);
    const next = await submit(a, script(2));
    const run = await t.controlled.nthRun(0);
    const { events } = await followJob(t, a, job.id);
    await until(() => t.services.events.size === 1);
    run.progress(3);
    expect((await a.delete(`/api/jobs/${job.id}`)).status).toBe(200);
    expect(run.request.signal.aborted).toBe(true);
    expect(run.request.signal.reason).toBe('cancelled');
    const last = (await events).at(-1)!;
    expect(last).toMatchObject({ type: 'done', job: { state: 'cancelled', error: null } });
    expect((await t.controlled.nthRun(1)).request.script).toBe(next.script);
    expect(t.services.audit.query({ limit: 100, action: 'job.cancelled' }).entries).toHaveLength(1);
    // Cancelling again changes nothing.
    expect((await a.delete(`/api/jobs/${job.id}`)).json<Job>().state).toBe('cancelled');
  });
});

describe('time limit and misbehaving engines', () => {
  it('fails a job that runs past its time limit', async () => {
    const { t, a } = await setup({ jobs: { workers: 1, timeLimitMs: 80 } });
    const job = await submit(a, fixtureScript);
    const run = await t.controlled.nthRun(0);
    const ended = await waitForEnd(a, job.id);
    expect(run.request.signal.reason).toBe('time-limit');
    expect(ended.state).toBe('failed');
    expect(ended.error).toEqual({
      code: 'time-limit',
      message: 'The job ran longer than its time limit of 0.1 s.',
      line: null,
    });
    const metrics = await (await t.app.request('/metrics')).text();
    expect(metrics).toMatch(/registerlab_job_duration_seconds_count\{outcome="time-limit"\} 1/);
  });

  it('frees the slot of an engine that ignores the abort, after the grace period, and marks the workspace', async () => {
    const { t, a } = await setup({ jobs: { workers: 1, timeLimitMs: 50, abortGraceMs: 50 } });
    t.controlled.ignoreAbort = true;
    const stuck = await submit(a, fixtureScript);
    await t.controlled.nthRun(0);
    const ended = await waitForEnd(a, stuck.id);
    expect(ended.error?.code).toBe('time-limit');
    expect(t.logger.lines.some((l) => l.event === 'job.executor-unresponsive')).toBe(true);
    expect((await a.get('/api/workspace')).json<Workspace>().needsRebuild).toBe(true);
    // A late answer from the stuck run changes nothing.
    t.controlled.runs[0]!.succeed([{ kind: 'text', text: 'late' }]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await a.get(`/api/jobs/${stuck.id}`)).json<Job>().outputs).toEqual([]);
  });

  it('turns an engine crash into a failed job without leaking its message', async () => {
    const { t, a } = await setup();
    const job = await submit(a, fixtureScript);
    (await t.controlled.nthRun(0)).crash(new Error('Conversion Error: could not convert 900000001'));
    const ended = await waitForEnd(a, job.id);
    expect(ended.error).toEqual({
      code: 'executor-error',
      message: 'The job stopped because of an internal error.',
      line: null,
    });
    expect(JSON.stringify(ended)).not.toContain('900000001');
    expect(t.logger.lines.find((l) => l.event === 'job.executor-error')?.error).toContain('Conversion Error');
    expect((await a.get('/api/workspace')).json<Workspace>().needsRebuild).toBe(true);
  });
});

describe('datastore versions', () => {
  it('fails a job whose datastore version disappeared before it started, without calling the engine', async () => {
    const { t, a } = await setup({ jobs: { workers: 1 } });
    await submit(a, script(1));
    const job = await submit(a, fixtureScript);
    t.services.db.$client
      .prepare(
        `UPDATE jobs SET datastoresJson = '[{"name":"no.test.fixture","version":"1.0.0.0"}]' WHERE id = ?`,
      )
      .run(job.id);
    (await t.controlled.nthRun(0)).succeed([]);
    const ended = await waitForEnd(a, job.id);
    expect(ended.error).toMatchObject({
      code: 'datastore-unavailable',
      message: expect.stringContaining('no.test.fixture 1.0.0.0'),
    });
    expect(t.controlled.runs).toHaveLength(1);
  });
});

describe('workspaces', () => {
  it('records which runs built the workspace and how far each got', async () => {
    const { t, a } = await setup();
    const first = await submit(a, fixtureScript);
    (await t.controlled.nthRun(0)).succeed([], {
      appliedSteps: 4,
      workspaceSummary: { datasets: ['personer'] },
    });
    await waitForEnd(a, first.id);
    const failed = await submit(a, script(2));
    (await t.controlled.nthRun(1)).fail({ code: 'command-failed', message: 'x', line: 1 }, [], {
      appliedSteps: 0,
    });
    await waitForEnd(a, failed.id);
    const third = await submit(a, script(3));
    const run = await t.controlled.nthRun(2);
    expect(run.request.workspace.history.map((h) => [h.jobId, h.appliedSteps])).toEqual([[first.id, 4]]);
    expect(run.request.workspace.history[0]!.script).toBe(fixtureScript);
    run.succeed([], { appliedSteps: 1 });
    await waitForEnd(a, third.id);
    const workspace = (await a.get('/api/workspace')).json<Workspace>();
    expect(workspace.history.map((h) => h.jobId)).toEqual([first.id, third.id]);
    expect(workspace.summary).toEqual({ datasets: ['personer'] });
    expect(workspace.needsRebuild).toBe(false);
  });

  it('clears the workspace, but not under a running job', async () => {
    const { t, a } = await setup();
    const job = await submit(a, script(1));
    expect((await a.delete('/api/workspace')).status).toBe(409);
    (await t.controlled.nthRun(0)).succeed([], { appliedSteps: 1 });
    await waitForEnd(a, job.id);
    const cleared = (await a.delete('/api/workspace')).json<Workspace>();
    expect(cleared).toMatchObject({ history: [], needsRebuild: true, summary: null });
  });
});

describe('restart', () => {
  it('fails the job that was running when the process died, marks the workspace, and rebuilds it on the next job', async () => {
    const { t, a } = await setup({ jobs: { workers: 1 } });
    const built = await submit(a, fixtureScript);
    (await t.controlled.nthRun(0)).succeed([], { appliedSteps: 4 });
    await waitForEnd(a, built.id);
    const interrupted = await submit(a, script(2));
    const waiting = await submit(a, script(3));
    const running = await t.controlled.nthRun(1);
    running.progress(1);
    expect(running.request.workspace.needsRebuild).toBe(false);

    // The process dies: nothing is finalised, the database connection just goes away.
    t.services.db.$client.close();
    apps.splice(apps.indexOf(t), 1);
    const after = new TestApp({ dir: t.dir, clock: t.clock });
    apps.push(after);
    const a2 = await after.login('user-a');

    const job = (await a2.get(`/api/jobs/${interrupted.id}`)).json<Job>();
    expect(job.state).toBe('failed');
    expect(job.error?.code).toBe('server-restart');
    expect(after.services.audit.query({ limit: 10, action: 'job.recovered' }).entries).toHaveLength(1);
    // The queued job survived and runs now, on a workspace marked for rebuild from the runs that built it.
    const rerun = await after.controlled.nthRun(0);
    expect(rerun.request.script).toBe(waiting.script);
    expect(rerun.request.workspace.needsRebuild).toBe(true);
    expect(rerun.request.workspace.history.map((h) => h.jobId)).toEqual([built.id]);
    expect((await a2.get('/api/workspace')).json<Workspace>().needsRebuild).toBe(true);
    rerun.succeed([], { appliedSteps: 1, rebuilt: true });
    await waitForEnd(a2, waiting.id);
    expect((await a2.get('/api/workspace')).json<Workspace>().needsRebuild).toBe(false);
  });
});
