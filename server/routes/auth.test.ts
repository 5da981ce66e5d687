import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeResponse } from '../../shared/api/auth';
import { TEST_PASSWORD, TestApp } from '../test-support/test-app';

let t: TestApp;
let institution: number;
beforeEach(async () => {
  t = new TestApp({
    config: {
      login: { maxFailuresPerUser: 3, maxFailuresPerAddress: 50, lockoutMs: 60_000, windowMs: 60_000 },
    },
  });
  institution = t.institution('Universitetet i Test');
  await t.user('alice', ['researcher'], institution);
});
afterEach(async () => {
  if (t.scanner.scanned > 0) t.scanner.assertClean();
  await t.close();
});

const auditActions = () =>
  t.services.audit
    .query({ limit: 100 })
    .entries.map((e) => e.action)
    .reverse();

describe('login', () => {
  it('signs in, sets a hardened session cookie and answers who I am', async () => {
    const client = t.client();
    const res = await client.post('/api/auth/login', { username: 'Alice', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^rl_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // plain http in tests
    const me = res.json<MeResponse>();
    expect(me.user).toMatchObject({
      username: 'alice',
      roles: ['researcher'],
      institution: { name: 'Universitetet i Test' },
    });
    expect(me).toMatchObject({
      canRunJobs: true,
      jobRefusal: null,
      agreement: { state: 'valid' },
      terms: { accepted: true },
    });
    const again = await client.get('/api/auth/me');
    expect(again.json<MeResponse>().csrfToken).toBe(me.csrfToken);
    expect(auditActions()).toEqual(['auth.login.succeeded']);
  });

  it('stores only a hash of the session id', async () => {
    const client = await t.login('alice');
    const token = client.cookie!.split('=')[1]!;
    const stored = t.services.db.$client.prepare('SELECT idHash FROM sessions').pluck().all() as string[];
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toContain(token);
    expect(stored[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const wrong = await t
      .client()
      .post('/api/auth/login', { username: 'alice', password: 'not the password' });
    const unknown = await t
      .client()
      .post('/api/auth/login', { username: 'mallory', password: 'whatever it is' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(auditActions()).toEqual(['auth.login.failed', 'auth.login.failed']);
  });

  it('locks an account after repeated failures, even for the right password, until the lockout ends', async () => {
    for (let i = 0; i < 3; i++) {
      expect(
        (await t.client().post('/api/auth/login', { username: 'alice', password: `guess ${i}` })).status,
      ).toBe(401);
    }
    const locked = await t.client().post('/api/auth/login', { username: 'alice', password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.json()).toMatchObject({ code: 'login-locked' });
    expect(Number(locked.headers.get('retry-after'))).toBe(60);
    expect(auditActions()).toContain('auth.login.locked');
    t.clock.advance(60_001);
    expect(
      (await t.client().post('/api/auth/login', { username: 'alice', password: TEST_PASSWORD })).status,
    ).toBe(200);
  });

  it('locks a client address that tries many usernames (behind a trusted proxy)', async () => {
    const proxied = new TestApp({
      config: { trustProxy: true, login: { maxFailuresPerAddress: 4, maxFailuresPerUser: 100 } },
    });
    await proxied.user('zed', ['researcher'], proxied.institution('Proxy'));
    const from = (ip: string) => ({ headers: { 'X-Forwarded-For': `${ip}, 10.0.0.1` } });
    for (let i = 0; i < 4; i++) {
      await proxied
        .client()
        .post('/api/auth/login', { username: `user${i}`, password: 'guess guess' }, from('203.0.113.9'));
    }
    const blocked = await proxied
      .client()
      .post('/api/auth/login', { username: 'zed', password: TEST_PASSWORD }, from('203.0.113.9'));
    expect(blocked.status).toBe(429);
    const elsewhere = await proxied
      .client()
      .post('/api/auth/login', { username: 'zed', password: TEST_PASSWORD }, from('198.51.100.7'));
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.headers.get('set-cookie')).not.toMatch(/Secure/);
    const https = await proxied
      .client()
      .post(
        '/api/auth/login',
        { username: 'zed', password: TEST_PASSWORD },
        { headers: { 'X-Forwarded-Proto': 'https' } },
      );
    expect(https.headers.get('set-cookie')).toMatch(/; Secure/);
    proxied.scanner.assertClean();
    await proxied.close();
  });

  it('refuses a disabled account', async () => {
    const id = t.services.users.findByUsername('alice')!.id;
    t.services.users.update(id, { disabled: true });
    expect(
      (await t.client().post('/api/auth/login', { username: 'alice', password: TEST_PASSWORD })).status,
    ).toBe(401);
  });

  it('validates the body', async () => {
    const res = await t.client().post('/api/auth/login', { username: 'alice' });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid-request', error: expect.stringContaining('password') });
  });
});

describe('sessions', () => {
  it('logs out and forgets the session', async () => {
    const client = await t.login('alice');
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect(client.cookie).toBeUndefined();
    client.cookie = cookie; // a replayed cookie is worthless
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect(auditActions()).toEqual(['auth.login.succeeded', 'auth.logout']);
  });

  it('expires after the idle time', async () => {
    const client = await t.login('alice');
    t.clock.advance(t.services.config.session.idleMs + 1);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('changes the password, keeps this session and ends the others', async () => {
    const first = await t.login('alice');
    const second = await t.login('alice');
    const wrong = await first.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'a brand new passphrase',
    });
    expect(wrong.status).toBe(401);
    const ok = await first.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a brand new passphrase',
    });
    expect(ok.status).toBe(200);
    expect((await first.get('/api/auth/me')).status).toBe(200);
    expect((await second.get('/api/auth/me')).status).toBe(401);
    const relogin = await t
      .client()
      .post('/api/auth/login', { username: 'alice', password: 'a brand new passphrase' });
    expect(relogin.status).toBe(200);
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request without the token or with a wrong one', async () => {
    const client = await t.login('alice');
    const missing = await client.post('/api/scripts', { name: 'x', text: 'y' }, { csrf: false });
    expect(missing.status).toBe(403);
    expect(missing.json()).toMatchObject({ code: 'csrf-token' });
    const wrong = await client.post('/api/scripts', { name: 'x', text: 'y' }, { csrf: 'A'.repeat(43) });
    expect(wrong.status).toBe(403);
    expect((await client.post('/api/scripts', { name: 'x', text: 'y' })).status).toBe(201);
  });

  it("refuses another session's token", async () => {
    const alice = await t.login('alice');
    await t.user('bob', ['researcher'], institution);
    const bob = await t.login('bob');
    const res = await alice.post('/api/scripts', { name: 'x', text: 'y' }, { csrf: bob.csrfToken! });
    expect(res.status).toBe(403);
  });

  it('refuses a foreign Origin, even with a valid token, and a cross-site login', async () => {
    const client = await t.login('alice');
    const foreign = await client.post(
      '/api/scripts',
      { name: 'x', text: 'y' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'csrf-origin' });
    const login = await t
      .client()
      .post(
        '/api/auth/login',
        { username: 'alice', password: TEST_PASSWORD },
        { origin: 'https://evil.example' },
      );
    expect(login.status).toBe(403);
    const referer = await client.post(
      '/api/scripts',
      { name: 'x', text: 'y' },
      { origin: null, headers: { Referer: 'https://evil.example/page' } },
    );
    expect(referer.status).toBe(403);
  });

  it('lets a non-browser client without Origin through when it has the token', async () => {
    const client = await t.login('alice');
    expect((await client.post('/api/scripts', { name: 'x', text: 'y' }, { origin: null })).status).toBe(201);
  });

  it('lets safe methods through without a token', async () => {
    const client = await t.login('alice');
    expect((await client.get('/api/scripts', { csrf: false })).status).toBe(200);
  });
});
