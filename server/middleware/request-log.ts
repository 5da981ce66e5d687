import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../http/env';
import type { Logger } from '../logging/logger';
import type { ServerMetrics } from '../metrics/metrics';

/** Options of `requestLog`. */
export interface RequestLogOptions {
  logger: Logger;
  metrics?: ServerMetrics;
  /** Paths not logged (scrapes and health checks would drown the rest). */
  quietPaths?: string[];
}

/**
 * One JSON log line per request (method, route pattern, status, time, user, request id) and the HTTP
 * metrics. The route pattern, not the raw path, keeps job ids and search words out of metric labels.
 */
export function requestLog({ logger, metrics, quietPaths = ['/metrics', '/api/health'] }: RequestLogOptions) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const start = performance.now();
    await next();
    const ms = performance.now() - start;
    const route = c.req.routePath || 'unmatched';
    const labels = { method: c.req.method, route };
    metrics?.httpRequests.inc({ ...labels, status: String(c.res.status) });
    metrics?.httpDuration.observe(labels, ms / 1000);
    if (quietPaths.includes(c.req.path)) return;
    logger.info('http.request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      route,
      status: c.res.status,
      ms: Math.round(ms * 10) / 10,
      userId: c.get('auth')?.account.id ?? null,
    });
  });
}
