import type { EventSourceMessage } from 'eventsource-parser';
import type { Job, JobEvent } from '../../shared/api/jobs';
import { readSse } from './sse';
import type { TestApp, TestClient } from './test-app';

/** Submits a script and returns the job as the server answered (expects 202). */
export async function submit(client: TestClient, script: string): Promise<Job> {
  const res = await client.post('/api/jobs', { script });
  if (res.status !== 202) throw new Error(`submit failed: ${res.status} ${res.text}`);
  return res.json<Job>();
}

/** Opens a job's event stream; `events` resolves when the `done` event arrives. */
export async function followJob(
  t: TestApp,
  client: TestClient,
  jobId: string,
): Promise<{ events: Promise<JobEvent[]> }> {
  const res = await client.raw('GET', `/api/jobs/${jobId}/events`);
  if (res.status !== 200) throw new Error(`events failed: ${res.status}`);
  const events = readSse(
    res,
    (e) => e.event === 'done',
    (text) => t.scanner.scan(`SSE ${jobId}`, text),
  ).then((raw: EventSourceMessage[]) =>
    raw.map((e) => {
      const parsed = JSON.parse(e.data) as JobEvent;
      if (parsed.type !== e.event)
        throw new Error(`event name ${e.event} does not match type ${parsed.type}`);
      return parsed;
    }),
  );
  return { events };
}

/** Polls until the job has ended; returns it. */
export async function waitForEnd(client: TestClient, jobId: string, timeoutMs = 5000): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = (await client.get(`/api/jobs/${jobId}`)).json<Job>();
    if (job.finishedAt !== null) return job;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job.state} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits until the queue has settled into a state (small polls; no fixed sleeps). */
export async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
