import { CSRF_HEADER } from '../../../../shared/api/auth';

/** A failed API call as the app shows it: HTTP status, the server's stable code and message, details. */
export interface ApiFailure {
  ok: false;
  status: number;
  code: string;
  message: string;
  details: unknown;
}

/** The outcome of an API call; never thrown. */
export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

let csrfToken: string | null = null;

/** Remembers the session's CSRF token (from `/api/auth/me` or a login) for state-changing requests. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Calls the API with JSON in and out; network failures and error answers come back as `ApiFailure`. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    return { ok: false, status: 0, code: 'network-error', message: String(error), details: null };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: json as T };
  const err = (json ?? {}) as { code?: string; error?: string; details?: unknown; diagnostics?: unknown };
  return {
    ok: false,
    status: response.status,
    code: err.code ?? `http-${response.status}`,
    message: err.error ?? response.statusText,
    details: err.diagnostics ?? err.details ?? null,
  };
}
