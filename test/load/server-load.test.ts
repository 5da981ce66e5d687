import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runServer } from '../../server/cli/run-server';
import { createMemoryLogger } from '../../server/logging/logger';
import { ControlledExecutor } from '../../server/test-support/controlled-executor';
import { fixtureDatastoreDir } from '../../server/test-support/fixture-datastore';
import { type LoadSession, p95, signInUsers, submitAndFollow } from './load-kit';

const USERS = 20;
const JOBS_PER_USER = 5;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-load-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/**
 * 20 users on loopback each submit 5 scripts and follow them over SSE. The executor is the test
 * double (each run takes 5 ms), so this measures the server (HTTP, queue, SSE, SQLite), not the
 * engine; with the engine wired in, the same test gives end-to-end figures.
 */
describe('load: 20 concurrent users', () => {
  it('loses no job, answers no error, and starts jobs in fair order', async () => {
    let gate: () => void = () => {};
    const opened = new Promise<void>((resolve) => {
      gate = resolve;
    });
    const executor = new ControlledExecutor(async (run) => {
      await opened; // hold the first runs until every job is queued, so the order is the queue's choice
      await new Promise((resolve) => setTimeout(resolve, 5));
      run.succeed([{ kind: 'text', text: 'ok' }], { appliedSteps: 1 });
    });
    const server = await runServer({
      datastoreDirs: [fixtureDatastoreDir],
      port: 0,
      host: '127.0.0.1',
      dbFile: path.join(tmp, 'load.sqlite'),
      executor,
      logger: createMemoryLogger(),
      demo: false,
      config: { jobs: { workers: 2, perUserConcurrency: 1 }, login: { maxFailuresPerAddress: 1000 } },
    });
    const { services } = server.registerlab;
    const sessions = await signInUsers(server, USERS);

    const started = performance.now();
    const latencies: number[] = [];
    const statuses: number[] = [];
    const followers: Promise<string>[] = [];
    // Arrival is deliberately unfair: the first ten users queue all their jobs before the others
    // queue any, so first-come-first-served would run those fifty first.
    const submitAll = (group: LoadSession[], offset: number) =>
      Promise.all(
        group.map(async (session, k) => {
          for (let i = 0; i < JOBS_PER_USER; i++) {
            const { status, done } = await submitAndFollow(
              server,
              session,
              `create-dataset u${offset + k}j${i}\n`,
            );
            statuses.push(status);
            followers.push(
              done.then(({ job, latencyMs }) => {
                latencies.push(latencyMs);
                return job.state;
              }),
            );
          }
        }),
      );
    await submitAll(sessions.slice(0, USERS / 2), 0);
    await submitAll(sessions.slice(USERS / 2), USERS / 2);
    gate();
    const states = await Promise.all(followers);
    const seconds = (performance.now() - started) / 1000;

    expect(statuses.every((s) => s === 202)).toBe(true);
    expect(states).toHaveLength(USERS * JOBS_PER_USER);
    expect(states.every((s) => s === 'succeeded')).toBe(true);
    expect(services.jobs.countByState()).toEqual({ succeeded: USERS * JOBS_PER_USER });

    // Fair order: walking the start order, no user with jobs still waiting falls more than 2 starts
    // behind another (2 = the jobs started before the queue held everything), and each user's own
    // jobs start in submission order.
    const order = executor.runs.map((r) => ({ userId: r.request.userId, script: r.request.script }));
    const startedCount = new Map<number, number>(sessions.map((s) => [s.userId, 0]));
    for (const { userId, script } of order) {
      const n = startedCount.get(userId)!;
      expect(script).toMatch(new RegExp(`j${n}\\n$`));
      startedCount.set(userId, n + 1);
      const waiting = [...startedCount.values()].filter((c) => c < JOBS_PER_USER);
      if (waiting.length)
        expect(Math.max(...startedCount.values()) - Math.min(...waiting)).toBeLessThanOrEqual(2);
    }

    console.log(
      `LOAD users=${USERS} jobs=${states.length} seconds=${seconds.toFixed(2)} jobs_per_second=${(states.length / seconds).toFixed(1)} p95_ms=${p95(latencies).toFixed(0)} (test-double executor, 5 ms per job, 2 slots)`,
    );
    await server.close();
  });
});
