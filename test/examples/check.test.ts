import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { referenceDir } from '../../server/config/paths';
import { DatastoreManifestSchema } from '../../shared/datastore/manifest';
import { type Catalog, catalogFromManifest } from '../../shared/lang/catalog';
import { compile } from '../../shared/lang/compile';
import { LineIndex } from '../../shared/lang/spans';
import { testDatastoreDir } from '../fixtures/datastore';

const examplesDir = path.join(referenceDir, 'examples');

/** Every example script, found by walking the folder: a new example is covered without a code change. */
function examples(dir = examplesDir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return examples(full);
      return name.endsWith('.txt') ? [path.relative(examplesDir, full)] : [];
    });
}

let catalog: Catalog;

beforeAll(() => {
  const dir = testDatastoreDir();
  const manifest = JSON.parse(readFileSync(path.join(dir, 'datastore.json'), 'utf8'));
  catalog = catalogFromManifest(DatastoreManifestSchema.parse(manifest));
});

describe('the example scripts check clean against the synthetic datastore', () => {
  const files = examples();

  it('finds the whole corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(46);
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(path.join(examplesDir, file), 'utf8');
    const result = compile(text, [catalog]);
    const lines = new LineIndex(text);
    const errors = result.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${lines.locate(d.span).line}: ${d.code}: ${d.message_en}`);
    expect(errors).toEqual([]);
    expect(result.plan?.steps.length).toBeGreaterThan(0);
  });
});
