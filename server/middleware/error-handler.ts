import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../http/env';
import type { Logger } from '../logging/logger';

/**
 * The one error handler: expected failures (HTTPException) answer as they were built; anything else
 * is logged with its stack and answers a bare 500, so no internals reach a client.
 */
export function errorHandler(logger: Logger): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof HTTPException) {
      // Our own answers (apiError) carry a finished JSON response; getResponse() would drop its headers.
      if (error.res?.headers.get('content-type')?.includes('application/json')) return error.res;
      return c.json(
        { error: error.message || 'Request refused.', code: `http-${error.status}` },
        error.status,
      );
    }
    logger.error('http.unhandled', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return c.json({ error: 'Internal server error.', code: 'internal-error' }, 500);
  };
}
