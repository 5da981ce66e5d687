import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDatastore, STAMP_FILE } from './ensure-datastore';

describe('ensureDatastore', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'synth-ensure-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const dir = path.join(root, 'store');
  const manifestTime = () => statSync(path.join(dir, 'datastore.json')).mtimeMs;

  it('generates when missing, reuses when up to date, regenerates for other parameters', async () => {
    const options = { dir, persons: 300, seed: 3, from: 2021, to: 2022 };
    expect(await ensureDatastore(options)).toBe(dir);
    expect(JSON.parse(readFileSync(path.join(dir, STAMP_FILE), 'utf8'))).toMatchObject({
      persons: 300,
      seed: 3,
      from: 2021,
      to: 2022,
    });
    const first = manifestTime();
    await ensureDatastore(options);
    expect(manifestTime()).toBe(first);
    await ensureDatastore({ ...options, seed: 4 });
    expect(manifestTime()).not.toBe(first);
    expect(JSON.parse(readFileSync(path.join(dir, STAMP_FILE), 'utf8'))).toMatchObject({ seed: 4 });
  }, 120_000);
});
