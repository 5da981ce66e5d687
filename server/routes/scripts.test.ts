import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScriptDetail, ScriptSummary } from '../../shared/api/scripts';
import { TestApp, type TestClient } from '../test-support/test-app';

let t: TestApp;
let alice: TestClient;
let bob: TestClient;
beforeEach(async () => {
  t = new TestApp();
  const inst = t.institution('Skriptinstituttet');
  await t.user('alice', ['researcher'], inst);
  await t.user('bob', ['researcher'], inst);
  alice = await t.login('alice');
  bob = await t.login('bob');
});
afterEach(async () => {
  t.scanner.assertClean();
  await t.close();
});

describe('saved scripts', () => {
  it('saves, versions on every text change, renames without a new version', async () => {
    const created = (
      await alice.post('/api/scripts', { name: 'Inntekt', text: 'create-dataset a\n' })
    ).json<ScriptDetail>();
    expect(created).toMatchObject({ name: 'Inntekt', latestVersion: 1, text: 'create-dataset a\n' });
    const v2 = (
      await alice.put(`/api/scripts/${created.id}`, { text: 'create-dataset b\n' })
    ).json<ScriptDetail>();
    expect(v2.latestVersion).toBe(2);
    const renamed = (
      await alice.put(`/api/scripts/${created.id}`, { name: 'Lønn', text: 'create-dataset b\n' })
    ).json<ScriptDetail>();
    expect(renamed).toMatchObject({ name: 'Lønn', latestVersion: 2 });
    expect(renamed.versions.map((v) => v.version)).toEqual([1, 2]);
    const v1 = (await alice.get(`/api/scripts/${created.id}/versions/1`)).json<{ text: string }>();
    expect(v1.text).toBe('create-dataset a\n');
    expect((await alice.get(`/api/scripts/${created.id}/versions/3`)).status).toBe(404);
    const list = (await alice.get('/api/scripts')).json<{ scripts: ScriptSummary[] }>().scripts;
    expect(list.map((s) => s.name)).toEqual(['Lønn']);
    const saved = t.services.audit
      .query({ limit: 10, action: 'script.saved' })
      .entries.map((e) => e.details.version);
    expect(saved).toEqual([null, 2, 1]);
  });

  it('keeps scripts private to their owner', async () => {
    const created = (await alice.post('/api/scripts', { name: 'Mitt', text: 'x' })).json<ScriptDetail>();
    expect((await bob.get(`/api/scripts/${created.id}`)).status).toBe(404);
    expect((await bob.put(`/api/scripts/${created.id}`, { text: 'hijack' })).status).toBe(404);
    expect((await bob.delete(`/api/scripts/${created.id}`)).status).toBe(404);
    expect((await bob.get(`/api/scripts/${created.id}/versions/1`)).status).toBe(404);
    expect((await bob.get('/api/scripts')).json()).toEqual({ scripts: [] });
    expect((await alice.get(`/api/scripts/${created.id}`)).json<ScriptDetail>().text).toBe('x');
  });

  it('deletes a script with its versions', async () => {
    const created = (await alice.post('/api/scripts', { name: 'Kort', text: 'x' })).json<ScriptDetail>();
    expect((await alice.delete(`/api/scripts/${created.id}`)).status).toBe(200);
    expect((await alice.get(`/api/scripts/${created.id}`)).status).toBe(404);
    expect(t.services.db.$client.prepare('SELECT count(*) FROM script_versions').pluck().get()).toBe(0);
  });

  it('validates input', async () => {
    expect((await alice.post('/api/scripts', { name: '', text: 'x' })).status).toBe(400);
    expect((await alice.put('/api/scripts/1', {})).status).toBe(400);
    expect((await alice.get('/api/scripts/abc')).status).toBe(400);
  });
});
