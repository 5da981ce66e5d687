import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { UserStore } from '../accounts/users';
import { SESSION_COOKIE, type SessionStore } from '../auth/sessions';
import { notSignedIn } from '../http/api-error';
import type { AppEnv } from '../http/env';

/** Options of `sessionAuth`. */
export interface SessionAuthOptions {
  sessions: SessionStore;
  users: UserStore;
  cookieName?: string;
}

/** Reads the session cookie and sets `auth` (or leaves it undefined); never refuses by itself. */
export function sessionAuth({ sessions, users, cookieName = SESSION_COOKIE }: SessionAuthOptions) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = getCookie(c, cookieName);
    const session = token ? sessions.lookup(token) : null;
    const account = session ? users.get(session.userId) : undefined;
    c.set('auth', session && account && !account.disabled ? { session, account } : undefined);
    await next();
  });
}

/** Refuses requests without a session (401). */
export function requireAuth() {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!c.get('auth')) throw notSignedIn();
    await next();
  });
}
