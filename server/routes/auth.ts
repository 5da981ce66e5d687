import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ChangePasswordRequestSchema, LoginRequestSchema } from '../../shared/api/auth';
import type { AuditActor } from '../audit/audit-log';
import { normaliseUsername } from '../auth/local-password';
import { addressKey, userKey } from '../auth/login-throttle';
import { hashToken, SESSION_COOKIE } from '../auth/sessions';
import { apiError, notSignedIn } from '../http/api-error';
import { clientAddress, isHttps } from '../http/client';
import type { AppEnv } from '../http/env';
import { buildMe } from '../http/me';
import { jsonBody } from '../http/validate';
import { requireAuth } from '../middleware/session-auth';
import type { Services } from '../services';

/** The audit view of an account. */
export function actorOf(account: { id: number; username: string; institutionId: number | null }): AuditActor {
  return { id: account.id, username: account.username, institutionId: account.institutionId };
}

/** `/api/auth`: login, logout, me, password change. */
export function authRoutes(services: Services) {
  const { config, throttle, localLogin, sessions, users, audit, metrics } = services;
  const app = new Hono<AppEnv>();

  app.post('/login', async (c) => {
    const body = await jsonBody(c, LoginRequestSchema);
    const username = normaliseUsername(body.username);
    const ip = clientAddress(c, config.trustProxy);
    const keys = [userKey(username), addressKey(ip)];
    const wait = throttle.lockedFor(keys);
    if (wait > 0) {
      metrics.logins.inc({ outcome: 'locked' });
      audit.record({ action: 'auth.login.failed', username, ip, details: { reason: 'locked' } });
      const retryAfter = String(Math.ceil(wait / 1000));
      throw apiError(
        429,
        'login-locked',
        'Too many failed attempts. Try again later.',
        {},
        { 'Retry-After': retryAfter },
      );
    }
    const outcome = await localLogin.authenticate({ username, password: body.password });
    if (!outcome.ok) {
      const locked = throttle.fail([
        { key: keys[0]!, limit: config.login.maxFailuresPerUser },
        { key: keys[1]!, limit: config.login.maxFailuresPerAddress },
      ]);
      metrics.logins.inc({ outcome: 'failed' });
      audit.record({ action: 'auth.login.failed', username, ip, details: { reason: outcome.reason } });
      if (locked)
        audit.record({
          action: 'auth.login.locked',
          username,
          ip,
          details: { lockoutMs: config.login.lockoutMs },
        });
      throw apiError(401, 'invalid-credentials', 'Wrong username or password.');
    }
    throttle.succeed(keys[0]!);
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) sessions.destroy(hashToken(previous));
    const session = sessions.create(outcome.userId, localLogin.id);
    const account = users.get(outcome.userId)!;
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: config.secureCookies === 'auto' ? isHttps(c, config.trustProxy) : config.secureCookies,
      path: '/',
      maxAge: Math.floor(config.session.absoluteMs / 1000),
    });
    metrics.logins.inc({ outcome: 'succeeded' });
    audit.record({
      action: 'auth.login.succeeded',
      actor: actorOf(account),
      ip,
      details: { method: localLogin.id },
    });
    return c.json(buildMe(services, { account, session }));
  });

  app.post('/logout', requireAuth(), (c) => {
    const auth = c.get('auth')!;
    sessions.destroy(auth.session.idHash);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    audit.record({
      action: 'auth.logout',
      actor: actorOf(auth.account),
      ip: clientAddress(c, config.trustProxy),
    });
    return c.json({ ok: true as const });
  });

  app.get('/me', (c) => {
    const auth = c.get('auth');
    if (!auth) throw notSignedIn();
    return c.json(buildMe(services, auth));
  });

  app.post('/password', requireAuth(), async (c) => {
    const auth = c.get('auth')!;
    const body = await jsonBody(c, ChangePasswordRequestSchema);
    // Throttled like logins, so a stolen session cannot be used to guess the password.
    const key = userKey(auth.account.username);
    if (throttle.lockedFor([key]) > 0)
      throw apiError(429, 'login-locked', 'Too many failed attempts. Try again later.');
    if (!(await users.checkPassword(auth.account.id, body.currentPassword))) {
      throttle.fail([{ key, limit: config.login.maxFailuresPerUser }]);
      throw apiError(401, 'invalid-credentials', 'The current password is wrong.');
    }
    await users.setPassword(auth.account.id, body.newPassword);
    sessions.destroyForUser(auth.account.id, auth.session.idHash);
    audit.record({
      action: 'auth.password.changed',
      actor: actorOf(auth.account),
      targetType: 'user',
      targetId: auth.account.id,
    });
    return c.json({ ok: true as const });
  });

  return app;
}
