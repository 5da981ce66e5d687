import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultReference } from './ensure-datastore';
import { synthesize } from './synthesize';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)).map((f) => path.join(e.name, f)) : [e.name],
    )
    .sort();
}

describe('determinism', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'synth-determinism-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const run = (name: string, seed: number) =>
    synthesize({
      out: path.join(root, name),
      persons: 1500,
      seed,
      from: 2019,
      to: 2021,
      reference: defaultReference,
    });

  it('writes byte-identical datastores for the same seed and size, and different ones for another seed', async () => {
    await run('a', 7);
    await run('b', 7);
    await run('c', 8);
    const a = files(path.join(root, 'a'));
    expect(a).toEqual(files(path.join(root, 'b')));
    expect(a.filter((f) => f.endsWith('.parquet')).length).toBe(735 + 12);
    const differ = a.filter(
      (f) => !readFileSync(path.join(root, 'a', f)).equals(readFileSync(path.join(root, 'b', f))),
    );
    expect(differ).toEqual([]);
    const person = path.join('keys', 'person.parquet');
    expect(
      readFileSync(path.join(root, 'c', person)).equals(readFileSync(path.join(root, 'a', person))),
    ).toBe(false);
    expect(statSync(path.join(root, 'a', 'datastore.json')).size).toBeGreaterThan(100_000);
  }, 240_000);
});
