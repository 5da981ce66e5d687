import { createMiddleware } from 'hono/factory';
import { CSRF_HEADER } from '../../shared/api/auth';
import { sameSecret } from '../auth/sessions';
import { apiError } from '../http/api-error';
import type { AppEnv } from '../http/env';

/** Options of `csrfProtection`. */
export interface CsrfOptions {
  /** Origins allowed besides the server's own (e.g. the Vite dev server). */
  allowedOrigins?: string[];
  /** The origin the public sees when it differs from the request URL (behind a proxy). */
  publicOrigin?: string;
  header?: string;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Guards every state-changing request twice: the Origin (or Referer) must be ours when a browser
 * sends one, and a request with a session must carry that session's synchronizer token in the
 * X-CSRF-Token header. Login has no session yet, so there the Origin check alone stops login CSRF.
 * Non-browser clients send no Origin; they still need the token for anything done with a session.
 */
export function csrfProtection({
  allowedOrigins = [],
  publicOrigin,
  header = CSRF_HEADER,
}: CsrfOptions = {}) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const own = publicOrigin ?? new URL(c.req.url).origin;
    const origin = c.req.header('origin') ?? refererOrigin(c.req.header('referer'));
    if (origin !== undefined && origin !== own && !allowedOrigins.includes(origin)) {
      throw apiError(403, 'csrf-origin', 'Cross-site request refused.');
    }
    const auth = c.get('auth');
    if (auth) {
      const token = c.req.header(header);
      if (!token || !sameSecret(token, auth.session.csrfToken)) {
        throw apiError(403, 'csrf-token', `Missing or wrong ${header} header.`);
      }
    }
    await next();
  });
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}
