import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDatastoreDir } from '../test-support/fixture-datastore';
import { createFileDatastoreRegistry, DatastoreLoadError } from './registry';
import { compareVersions } from './versions';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-registry-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of the fixture with another version number. */
function fixtureVersion(version: string): string {
  const dir = path.join(tmp, version);
  fs.cpSync(fixtureDatastoreDir, dir, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'datastore.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, 'datastore.json'), JSON.stringify({ ...manifest, version }));
  return dir;
}

describe('file datastore registry', () => {
  it('picks the newest released version unless a version is asked for', () => {
    const registry = createFileDatastoreRegistry([
      fixtureDatastoreDir,
      fixtureVersion('10.0.0.0'),
      fixtureVersion('11.0.0.1'),
    ]);
    expect(registry.list().map((e) => e.version)).toEqual(['11.0.0.1', '10.0.0.0', '2.0.0.0']);
    expect(registry.get('no.test.fixture')?.version).toBe('10.0.0.0');
    expect(registry.get('no.test.fixture', '11.0.0.1')?.version).toBe('11.0.0.1');
    expect(registry.get('no.test.fixture', '9.9.9.9')).toBeUndefined();
    expect(registry.latest().map((e) => e.version)).toEqual(['10.0.0.0']);
  });

  it('reads only code lists the manifest names', () => {
    const registry = createFileDatastoreRegistry([fixtureDatastoreDir]);
    const entry = registry.list()[0]!;
    expect(registry.codeList(entry, 'kjoenn')?.codes.map((c) => c.code)).toEqual(['1', '2']);
    expect(registry.codeList(entry, '../data/BEFOLKNING_KJOENN')).toBeUndefined();
    expect(registry.codeList(entry, '../keys/person')).toBeUndefined();
    expect(registry.codeList(entry, 'nope')).toBeUndefined();
  });

  it('explains a folder without a valid manifest', () => {
    expect(() => createFileDatastoreRegistry([tmp])).toThrow(DatastoreLoadError);
    const bad = path.join(tmp, 'bad');
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, 'datastore.json'), '{"formatVersion": 1, "name": "X"}');
    expect(() => createFileDatastoreRegistry([bad])).toThrow(/not a valid datastore manifest: name/);
  });

  it('compares versions by number, not text', () => {
    expect(compareVersions('30.10.0.0', '30.9.0.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0.0', '1.0.0.0')).toBe(0);
  });
});
