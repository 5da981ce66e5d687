import { Hono } from 'hono';
import type { Health } from '../../shared/api/health';
import { sameSecret } from '../auth/sessions';
import { apiError } from '../http/api-error';
import type { AppEnv } from '../http/env';
import type { Services } from '../services';

/** `/api/health` and `/metrics`. */
export function operationsRoutes({ db, datastores, queue, metrics, clock, config, startedAt }: Services) {
  const app = new Hono<AppEnv>();

  app.get('/api/health', (c) => {
    let database: Health['database'] = 'ok';
    try {
      db.$client.prepare('SELECT 1').get();
    } catch {
      database = 'error';
    }
    const count = datastores.list().length;
    const health: Health = {
      status: database === 'ok' && count > 0 ? 'ok' : 'degraded',
      uptimeSeconds: Math.round((clock.now() - startedAt) / 1000),
      database,
      datastores: count,
      jobs: queue.counts(),
    };
    return c.json(health, health.status === 'ok' ? 200 : 503);
  });

  app.get('/metrics', async (c) => {
    const token = config.metricsToken;
    if (token && !sameSecret(c.req.header('authorization') ?? '', `Bearer ${token}`)) {
      throw apiError(401, 'metrics-token', 'This endpoint needs the metrics token.');
    }
    const text = await metrics.registry.metrics();
    return c.body(text, 200, { 'Content-Type': metrics.registry.contentType });
  });

  return app;
}
