import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/api/audit';
import { csvCell } from '../audit/audit-export';
import { TestApp, type TestClient } from '../test-support/test-app';

let t: TestApp;
let op: TestClient;
beforeEach(async () => {
  t = new TestApp();
  const inst = t.institution('Revisjonen');
  await t.user('alice', ['researcher'], inst);
  await t.user('op', ['operator'], null);
  await t.client().post('/api/auth/login', { username: 'alice', password: 'wrong password' });
  const alice = await t.login('alice');
  await alice.post('/api/scripts', { name: 's', text: 'x' });
  op = await t.login('op');
});
afterEach(async () => {
  t.scanner.assertClean();
  await t.close();
});

describe('audit log for operators', () => {
  it('lists newest first, filters, and pages', async () => {
    const all = (await op.get('/api/admin/audit')).json<{ entries: AuditEntry[] }>().entries;
    expect(all.map((e) => e.action)).toEqual([
      'auth.login.succeeded',
      'script.saved',
      'auth.login.succeeded',
      'auth.login.failed',
    ]);
    expect(all[3]).toMatchObject({
      actorId: null,
      actorUsername: 'alice',
      details: { reason: 'invalid-credentials' },
    });
    const failed = (await op.get('/api/admin/audit?action=auth.login.failed')).json<{
      entries: AuditEntry[];
    }>().entries;
    expect(failed).toHaveLength(1);
    const logins = (await op.get('/api/admin/audit?action=auth.login.*')).json<{ entries: AuditEntry[] }>()
      .entries;
    expect(logins).toHaveLength(3);
    const aliceId = t.services.users.findByUsername('alice')!.id;
    const mine = (await op.get(`/api/admin/audit?actorId=${aliceId}`)).json<{ entries: AuditEntry[] }>()
      .entries;
    expect(mine.map((e) => e.action)).toEqual(['script.saved', 'auth.login.succeeded']);
    const first = (await op.get('/api/admin/audit?limit=3')).json<{
      entries: AuditEntry[];
      nextBefore: number;
    }>();
    expect(first.entries).toHaveLength(3);
    const rest = (await op.get(`/api/admin/audit?limit=3&before=${first.nextBefore}`)).json<{
      entries: AuditEntry[];
      nextBefore: null;
    }>();
    expect(rest.entries.map((e) => e.action)).toEqual(['auth.login.failed']);
    expect(rest.nextBefore).toBeNull();
    const future = (
      await op.get(`/api/admin/audit?from=${encodeURIComponent('2030-01-01T00:00:00Z')}`)
    ).json<{ entries: AuditEntry[] }>();
    expect(future.entries).toEqual([]);
  });

  it('exports JSON lines and CSV, oldest first', async () => {
    const jsonl = await op.get('/api/admin/audit/export?format=jsonl');
    expect(jsonl.headers.get('content-type')).toBe('application/x-ndjson');
    expect(jsonl.headers.get('content-disposition')).toMatch(
      /^attachment; filename="registerlab-audit-2025-06-15T12-00-00\.jsonl"$/,
    );
    const lines = jsonl.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as AuditEntry);
    expect(lines.map((l) => l.action)).toEqual([
      'auth.login.failed',
      'auth.login.succeeded',
      'script.saved',
      'auth.login.succeeded',
    ]);
    const csv = await op.get('/api/admin/audit/export?format=csv&action=script.saved');
    const rows = csv.text.trim().split('\r\n');
    expect(rows[0]).toBe('id,at,action,actorId,actorUsername,institutionId,targetType,targetId,ip,details');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(
      /^\d+,2025-06-15T12:00:00\.000Z,script\.saved,\d+,alice,\d+,script,1,,"\{""version"":1,""name"":""s""\}"$/,
    );
  });

  it('exports more records than one batch', async () => {
    for (let i = 0; i < 2100; i++) t.services.audit.record({ action: 'terms.accepted', details: { i } });
    const lines = (await op.get('/api/admin/audit/export?action=terms.accepted')).text.trim().split('\n');
    expect(lines).toHaveLength(2100);
    expect(JSON.parse(lines[2099]!).details).toEqual({ i: 2099 });
  });

  it('defuses spreadsheet formulas in CSV cells', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('is operator-only', async () => {
    const alice = await t.login('alice');
    expect((await alice.get('/api/admin/audit')).status).toBe(403);
    expect((await alice.get('/api/admin/audit/export')).status).toBe(403);
  });
});
