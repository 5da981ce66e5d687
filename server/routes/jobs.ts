import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { StringIdParamSchema } from '../../shared/api/common';
import { type JobEvent, SubmitJobRequestSchema } from '../../shared/api/jobs';
import { jobRefusal } from '../access/job-eligibility';
import { apiError, notFound } from '../http/api-error';
import { clientAddress } from '../http/client';
import type { AppEnv } from '../http/env';
import { buildMe } from '../http/me';
import { jsonBody, paramsOf } from '../http/validate';
import { jobDetail, jobSummary } from '../jobs/job-store';
import { requireAuth } from '../middleware/session-auth';
import type { Services } from '../services';
import { actorOf } from './auth';

const refusalMessages = {
  'not-allowed-for-role': 'Your account may not run jobs.',
  'no-valid-agreement': 'Your institution has no valid agreement today.',
  'terms-not-accepted': 'Accept the current terms of use before running jobs.',
} as const;

/** `/api/jobs`: submit (compiled on the server), read, follow over SSE, cancel. */
export function jobRoutes(services: Services) {
  const { jobs, queue, compiler, datastores, workspaces, audit, clock, config, events } = services;
  const app = new Hono<AppEnv>();
  app.use(requireAuth());

  /** The job if it belongs to the signed-in user; others' jobs are simply not found. */
  const ownJob = (userId: number, id: string) => {
    const row = jobs.get(id);
    if (!row || row.userId !== userId) throw notFound('job');
    return row;
  };

  app.post('/', async (c) => {
    const auth = c.get('auth')!;
    const { script } = await jsonBody(c, SubmitJobRequestSchema);
    const me = buildMe(services, auth);
    const refusal = jobRefusal(auth.account, me.agreement, me.terms);
    if (refusal) throw apiError(403, refusal, refusalMessages[refusal]);
    if (queue.activeFor(auth.account.id) >= config.jobs.maxQueuedPerUser) {
      throw apiError(
        429,
        'too-many-jobs',
        `You already have ${config.jobs.maxQueuedPerUser} jobs queued or running.`,
      );
    }
    const ip = clientAddress(c, config.trustProxy);
    const compiled = compiler.compile(script, datastores);
    if (!compiled.ok) {
      const errors = compiled.diagnostics.filter((d) => d.severity === 'error').length;
      audit.record({ action: 'job.rejected', actor: actorOf(auth.account), ip, details: { errors } });
      throw apiError(422, 'script-rejected', 'The script has errors.', { diagnostics: compiled.diagnostics });
    }
    const row = jobs.insert({
      id: randomUUID(),
      userId: auth.account.id,
      workspaceId: workspaces.idFor(auth.account.id),
      script,
      plan: compiled.plan,
      datastores: compiled.datastores,
      totalSteps: compiled.totalSteps,
      createdAt: clock.now(),
    });
    audit.record({
      action: 'job.submitted',
      actor: actorOf(auth.account),
      targetType: 'job',
      targetId: row.id,
      ip,
      details: { datastores: compiled.datastores, scriptChars: script.length },
    });
    queue.enqueue(row);
    const fresh = jobs.get(row.id)!;
    return c.json(jobDetail(fresh, queue.position(row.id)), 202);
  });

  app.get('/', (c) => {
    const rows = jobs.listForUser(c.get('auth')!.account.id, 100);
    const places = queue.positions();
    return c.json({ jobs: rows.map((r) => jobSummary(r, places.get(r.id) ?? null)) });
  });

  app.get('/:id', (c) => {
    const { id } = paramsOf(c, StringIdParamSchema);
    const row = ownJob(c.get('auth')!.account.id, id);
    return c.json(jobDetail(row, queue.position(id)));
  });

  app.delete('/:id', (c) => {
    const { id } = paramsOf(c, StringIdParamSchema);
    ownJob(c.get('auth')!.account.id, id);
    queue.cancel(id);
    return c.json(jobDetail(jobs.get(id)!, queue.position(id)));
  });

  app.get('/:id/events', (c) => {
    const { id } = paramsOf(c, StringIdParamSchema);
    ownJob(c.get('auth')!.account.id, id);
    c.header('Cache-Control', 'no-store');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      // Subscribe before reading the row, so an end between the two is not missed.
      const pending: JobEvent[] = [];
      let wake = () => {};
      const unsubscribe = events.subscribe(id, (event) => {
        pending.push(event);
        wake();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake();
      });
      let seq = 0;
      const send = (event: JobEvent) =>
        stream.writeSSE({ event: event.type, data: JSON.stringify(event), id: String(++seq) });
      const row = jobs.get(id)!;
      if (row.finishedAt !== null) {
        await send({ type: 'state', job: jobSummary(row, null) });
        await send({ type: 'done', job: jobDetail(row, null) });
        unsubscribe();
        return;
      }
      await send({ type: 'state', job: jobSummary(row, queue.position(id)) });
      const heartbeat = setInterval(() => void stream.write(': keep-alive\n\n'), config.jobs.heartbeatMs);
      try {
        while (!stream.aborted) {
          const event = pending.shift();
          if (!event) {
            await new Promise<void>((resolve) => {
              wake = resolve;
            });
            continue;
          }
          await send(event);
          if (event.type === 'done') break;
        }
      } finally {
        clearInterval(heartbeat);
        unsubscribe();
      }
    });
  });

  return app;
}
