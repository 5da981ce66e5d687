import type { runServer } from '../../server/cli/run-server';
import { readSse } from '../../server/test-support/sse';
import type { Job } from '../../shared/api/jobs';

type RunningServer = Awaited<ReturnType<typeof runServer>>;

/** A signed-in load-test user: its id and the headers that authenticate its requests. */
export interface LoadSession {
  userId: number;
  headers: Record<string, string>;
}

/** Creates `count` researchers of one institution with a valid agreement, accepts the terms and signs them in. */
export async function signInUsers(server: RunningServer, count: number): Promise<LoadSession[]> {
  const { services } = server.registerlab;
  const inst = services.institutions.create('Lasttest');
  services.institutions.addAgreement(inst.id, {
    reference: 'L',
    validFrom: '2000-01-01',
    validTo: '2999-12-31',
  });
  const password = 'load test password';
  return Promise.all(
    Array.from({ length: count }, async (_, u) => {
      const user = await services.users.create({
        username: `load${u}`,
        displayName: `Load ${u}`,
        roles: ['researcher'],
        institutionId: inst.id,
        password,
      });
      services.terms.accept(user.id, services.terms.current()!.version);
      const res = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: server.url },
        body: JSON.stringify({ username: `load${u}`, password }),
      });
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      return {
        userId: user.id,
        headers: {
          Cookie: res.headers.get('set-cookie')!.split(';')[0]!,
          'X-CSRF-Token': csrfToken,
          Origin: server.url,
          'Content-Type': 'application/json',
        },
      };
    }),
  );
}

/** What one submitted job came to: the HTTP status of the submission, and the finished job with its latency. */
export interface Submitted {
  status: number;
  done: Promise<{ job: Job; latencyMs: number }>;
}

/** Submits a script and follows its events until `done`. */
export async function submitAndFollow(
  server: RunningServer,
  session: LoadSession,
  script: string,
): Promise<Submitted> {
  const submittedAt = performance.now();
  const res = await fetch(`${server.url}/api/jobs`, {
    method: 'POST',
    headers: session.headers,
    body: JSON.stringify({ script }),
  });
  const job = (await res.json()) as Job;
  const stream = await fetch(`${server.url}/api/jobs/${job.id}/events`, { headers: session.headers });
  const done = readSse(stream, (e) => e.event === 'done').then((events) => ({
    job: (JSON.parse(events.at(-1)!.data) as { job: Job }).job,
    latencyMs: performance.now() - submittedAt,
  }));
  return { status: res.status, done };
}

/** The 95th percentile of latencies in milliseconds (nearest rank). */
export function p95(latencies: number[]): number {
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)]!;
}
