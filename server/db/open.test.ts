import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { auditLog } from './schema';

const dirs: string[] = [];
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-db-'));
  dirs.push(dir);
  return path.join(dir, 'registerlab.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('applies the migrations with WAL and foreign keys on, and is idempotent on reopen', () => {
    const file = tempFile();
    const db = openDatabase(file);
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.$client
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(['users', 'jobs', 'audit_log', 'sessions', 'workspaces']));
    db.$client.close();
    const again = openDatabase(file);
    expect(again.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(2);
    again.$client.close();
  });

  it('refuses UPDATE and DELETE on the audit log', () => {
    const db = openDatabase(tempFile());
    db.insert(auditLog).values({ at: 1, action: 'test.entry' }).run();
    expect(() => db.$client.prepare("UPDATE audit_log SET action = 'forged'").run()).toThrow(/append-only/);
    expect(() => db.$client.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.$client.prepare('SELECT action FROM audit_log').pluck().all()).toEqual(['test.entry']);
    db.$client.close();
  });

  it('enforces foreign keys', () => {
    const db = openDatabase(tempFile());
    expect(() =>
      db.$client.prepare("INSERT INTO user_roles (userId, role) VALUES (999, 'researcher')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.$client.close();
  });
});
