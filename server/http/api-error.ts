import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An expected failure with a JSON body `{error, code, details?}` (see ApiErrorSchema). */
export function apiError(
  status: ContentfulStatusCode,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): HTTPException {
  const res = Response.json({ error: message, code, ...extra }, { status, headers });
  return new HTTPException(status, { res, message });
}

/** 401 for requests that need a session. */
export const notSignedIn = () => apiError(401, 'not-signed-in', 'Sign in first.');

/** 403 for actions the account may not take. */
export const forbidden = (message = 'You may not do this.') => apiError(403, 'forbidden', message);

/** 404 for things that do not exist, or that the account may not know about. */
export const notFound = (what: string) => apiError(404, 'not-found', `No such ${what}.`);
