import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runServer } from '../../server/cli/run-server';
import { createMemoryLogger } from '../../server/logging/logger';
import { testDatastoreDir } from '../fixtures/datastore';
import { p95, signInUsers, submitAndFollow } from './load-kit';

const USERS = 20;
const JOBS_PER_USER = 2;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-engine-load-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const script = (job: number) => `require no.ssb.fdb:1 as db
create-dataset personer${job}
import db/BEFOLKNING_KJOENN as kjonn
import db/BEFOLKNING_FOEDSELS_AAR_MND as faarmnd
generate alder = 2024 - int(faarmnd / 100)
tabulate kjonn
summarize alder
`;

/**
 * 20 users on loopback each run 2 real scripts through the server's default executor: the DuckDB engine
 * over the 10,000-person synthetic datastore, with the disclosure gate. End-to-end figures: HTTP, queue,
 * SSE, replaying each user's workspace, DuckDB and the gate.
 */
describe('load: 20 concurrent users on the real engine', () => {
  it('runs every job to its protected outputs without an error', async () => {
    const server = await runServer({
      datastoreDirs: [testDatastoreDir()],
      port: 0,
      host: '127.0.0.1',
      dbFile: path.join(tmp, 'load.sqlite'),
      logger: createMemoryLogger(),
      demo: false,
      config: { jobs: { workers: 2, perUserConcurrency: 1 }, login: { maxFailuresPerAddress: 1000 } },
    });
    const sessions = await signInUsers(server, USERS);
    const started = performance.now();
    const submitted = await Promise.all(
      sessions.map(async (session) => {
        const jobs = [];
        for (let i = 0; i < JOBS_PER_USER; i++) jobs.push(await submitAndFollow(server, session, script(i)));
        return jobs;
      }),
    );
    const finished = await Promise.all(submitted.flat().map((s) => s.done));
    const seconds = (performance.now() - started) / 1000;

    expect(submitted.flat().every((s) => s.status === 202)).toBe(true);
    expect(finished).toHaveLength(USERS * JOBS_PER_USER);
    for (const { job } of finished) {
      expect(job.state).toBe('succeeded');
      expect(job.outputs.filter((o) => o.kind === 'table')).toHaveLength(2);
    }
    expect(server.registerlab.services.jobs.countByState()).toEqual({ succeeded: USERS * JOBS_PER_USER });
    const latencies = finished.map((f) => f.latencyMs);
    console.log(
      `LOAD users=${USERS} jobs=${finished.length} seconds=${seconds.toFixed(2)} jobs_per_second=${(finished.length / seconds).toFixed(1)} p95_ms=${p95(latencies).toFixed(0)} (DuckDB engine, 10,000-person datastore, 2 slots)`,
    );
    await server.close();
  }, 300_000);
});
