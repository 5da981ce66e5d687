import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agreement, Institution, User } from '../../shared/api/admin';
import { TEST_PASSWORD, TestApp, type TestClient } from '../test-support/test-app';

let t: TestApp;
let home: number;
let other: number;
let admin: TestClient;
let otherUserId: number;
beforeEach(async () => {
  t = new TestApp();
  home = t.institution('Hjemme-universitetet');
  other = t.institution('Det andre instituttet');
  await t.user('admin', ['institution-admin'], home);
  await t.user('colleague', ['researcher'], home);
  otherUserId = await t.user('stranger', ['researcher'], other);
  await t.user('op', ['operator'], null);
  admin = await t.login('admin');
});
afterEach(async () => {
  t.scanner.assertClean();
  await t.close();
});

describe('an institution admin', () => {
  it('lists only their own institution, with terms status', async () => {
    const users = (await admin.get('/api/admin/users')).json<{ users: User[] }>().users;
    expect(users.map((u) => u.username)).toEqual(['admin', 'colleague']);
    expect(users[1]).toMatchObject({ institutionId: home, termsAcceptedVersion: 1, disabled: false });
    expect((await admin.get(`/api/admin/users?institutionId=${other}`)).status).toBe(403);
  });

  it('creates a researcher in their institution and gets a generated password once', async () => {
    const res = await admin.post('/api/admin/users', {
      username: 'newbie',
      displayName: 'New Bie',
      roles: ['researcher'],
    });
    expect(res.status).toBe(201);
    const { user, password } = res.json<{ user: User; password: string }>();
    expect(user).toMatchObject({ username: 'newbie', institutionId: home, roles: ['researcher'] });
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect((await t.client().post('/api/auth/login', { username: 'newbie', password })).status).toBe(200);
    expect(
      (await admin.post('/api/admin/users', { username: 'newbie', displayName: 'x', roles: ['researcher'] }))
        .status,
    ).toBe(409);
  });

  it("cannot touch another institution's users", async () => {
    const before = t.services.users.get(otherUserId);
    expect((await admin.get(`/api/admin/users/${otherUserId}`)).status).toBe(403);
    const patch = await admin.patch(`/api/admin/users/${otherUserId}`, { disabled: true });
    expect(patch.status).toBe(403);
    expect(patch.json()).toMatchObject({ code: 'forbidden' });
    expect((await admin.post(`/api/admin/users/${otherUserId}/password`)).status).toBe(403);
    const create = await admin.post('/api/admin/users', {
      username: 'plant',
      displayName: 'x',
      roles: ['researcher'],
      institutionId: other,
    });
    expect(create.status).toBe(403);
    expect(t.services.users.get(otherUserId)).toEqual(before);
    expect(t.services.users.findByUsername('plant')).toBeUndefined();
    // The stranger can still sign in with the old password.
    expect(
      (await t.client().post('/api/auth/login', { username: 'stranger', password: TEST_PASSWORD })).status,
    ).toBe(200);
  });

  it('cannot grant operator or data-owner, nor take over such an account in their institution', async () => {
    const op = await admin.post('/api/admin/users', {
      username: 'sneaky',
      displayName: 'x',
      roles: ['operator'],
    });
    expect(op.status).toBe(403);
    const ownerId = await t.user('owner', ['data-owner'], home);
    expect((await admin.post(`/api/admin/users/${ownerId}/password`)).status).toBe(403);
    const colleague = t.services.users.findByUsername('colleague')!;
    expect((await admin.patch(`/api/admin/users/${colleague.id}`, { roles: ['operator'] })).status).toBe(403);
  });

  it('disables a colleague, which ends their sessions, and resets a password', async () => {
    const colleague = await t.login('colleague');
    const id = t.services.users.findByUsername('colleague')!.id;
    const res = await admin.patch(`/api/admin/users/${id}`, { disabled: true });
    expect(res.json<User>().disabled).toBe(true);
    expect((await colleague.get('/api/auth/me')).status).toBe(401);
    const reset = (await admin.post(`/api/admin/users/${id}/password`)).json<{ password: string }>();
    await admin.patch(`/api/admin/users/${id}`, { disabled: false });
    expect(
      (await t.client().post('/api/auth/login', { username: 'colleague', password: reset.password })).status,
    ).toBe(200);
    const actions = t.services.audit.query({ limit: 50, action: 'user.*' }).entries.map((e) => e.action);
    expect(actions).toEqual(['user.updated', 'user.password.reset', 'user.updated']);
  });

  it('cannot disable themselves', async () => {
    const id = t.services.users.findByUsername('admin')!.id;
    expect((await admin.patch(`/api/admin/users/${id}`, { disabled: true })).status).toBe(409);
  });

  it('sees their own institution and its agreements, but manages neither', async () => {
    const list = (await admin.get('/api/admin/institutions')).json<{ institutions: Institution[] }>()
      .institutions;
    expect(list.map((i) => i.name)).toEqual(['Hjemme-universitetet']);
    expect(list[0]!.agreement.state).toBe('valid');
    expect((await admin.get(`/api/admin/institutions/${home}/agreements`)).status).toBe(200);
    expect((await admin.get(`/api/admin/institutions/${other}/agreements`)).status).toBe(403);
    expect((await admin.post('/api/admin/institutions', { name: 'Mitt eget' })).status).toBe(403);
    expect(
      (
        await admin.post(`/api/admin/institutions/${home}/agreements`, {
          reference: 'x',
          validFrom: '2025-01-01',
          validTo: '2030-01-01',
        })
      ).status,
    ).toBe(403);
    expect((await admin.get('/api/admin/audit')).status).toBe(403);
  });
});

describe('a researcher', () => {
  it('reaches none of the admin routes', async () => {
    const r = await t.login('colleague');
    for (const path of [
      '/api/admin/users',
      '/api/admin/institutions',
      '/api/admin/audit',
      `/api/admin/users/${otherUserId}`,
    ]) {
      expect((await r.get(path)).status, path).toBe(403);
    }
    expect((await r.post('/api/admin/terms', { textNb: 'x', textEn: 'y' })).status).toBe(403);
  });
});

describe('an operator', () => {
  it('manages institutions and agreements, and every account', async () => {
    const op = await t.login('op');
    const created = await op.post('/api/admin/institutions', { name: 'Nytt institutt' });
    expect(created.status).toBe(201);
    const inst = created.json<Institution>();
    expect(inst.agreement.state).toBe('none');
    expect((await op.post('/api/admin/institutions', { name: 'Nytt institutt' })).status).toBe(409);
    const bad = await op.post(`/api/admin/institutions/${inst.id}/agreements`, {
      reference: 'A-1',
      validFrom: '2025-12-31',
      validTo: '2025-01-01',
    });
    expect(bad.status).toBe(400);
    const agreement = (
      await op.post(`/api/admin/institutions/${inst.id}/agreements`, {
        reference: 'A-1',
        validFrom: '2025-01-01',
        validTo: '2025-12-31',
      })
    ).json<Agreement>();
    expect(
      (await op.get('/api/admin/institutions'))
        .json<{ institutions: Institution[] }>()
        .institutions.find((i) => i.id === inst.id)?.agreement.state,
    ).toBe('valid');
    const ended = await op.patch(`/api/admin/agreements/${agreement.id}`, { validTo: '2025-06-01' });
    expect(ended.json<Agreement>().validTo).toBe('2025-06-01');
    expect(
      (await op.patch(`/api/admin/agreements/${agreement.id}`, { validFrom: '2025-07-01' })).status,
    ).toBe(400);
    expect(
      (await op.patch(`/api/admin/institutions/${inst.id}`, { name: 'Omdøpt' })).json<Institution>().name,
    ).toBe('Omdøpt');
    const all = (await op.get('/api/admin/users')).json<{ users: User[] }>().users;
    expect(all.map((u) => u.username).sort()).toEqual(['admin', 'colleague', 'op', 'stranger']);
    const newAdmin = await op.post('/api/admin/users', {
      username: 'nyadmin',
      displayName: 'x',
      roles: ['institution-admin'],
      institutionId: inst.id,
    });
    expect(newAdmin.status).toBe(201);
    expect(
      (
        await op.patch(`/api/admin/users/${otherUserId}`, { roles: ['researcher', 'data-owner'] })
      ).json<User>().roles,
    ).toEqual(['researcher', 'data-owner']);
  });

  it('publishes new terms', async () => {
    const op = await t.login('op');
    const res = await op.post('/api/admin/terms', { textNb: 'Versjon 2', textEn: 'Version 2' });
    expect(res.status).toBe(201);
    expect((await t.client().get('/api/terms')).json()).toMatchObject({ version: 2, textEn: 'Version 2' });
  });
});
