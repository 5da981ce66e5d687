import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceDir } from '../../server/config/paths';
import { AttackEngine } from './support/attack-engine';
import { findUnitIdLeaks, loadUnitIds } from './support/unit-id-scanner';

// Unit ids in any output: every run in this suite is scanned for every unit id of the datastore
// (`AttackEngine.run` throws `UnitIdLeak`). Here the whole example corpus runs through the engine, and
// scripts that fish for ids through merge and collapse keys.
const examplesDir = path.join(referenceDir, 'examples');

function examples(dir = examplesDir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return examples(full);
      return name.endsWith('.txt') ? [full] : [];
    });
}

let engine: AttackEngine;
let released = 0;
beforeAll(async () => {
  engine = await AttackEngine.open();
});
afterAll(async () => {
  await engine.close();
});

describe('attack: unit ids in any output', () => {
  it.each(examples().map((f) => [path.relative(examplesDir, f), f]))(
    'example %s releases no unit id',
    async (_name, file) => {
      // Examples may stop at a command the engine refuses; whatever they released is scanned.
      const { outputs } = await engine.run(readFileSync(file, 'utf8'), { allowErrors: true });
      released += outputs.filter((o) => o.kind === 'table' || o.kind === 'chart').length;
    },
  );

  it('the corpus really released tables and charts to scan', () => {
    expect(released).toBeGreaterThan(40);
  });

  it('merge on a pseudonymised key releases statistics, never the key', async () => {
    const { outputs } = await engine.run(`require no.ssb.fdb:12 as db
create-dataset p
import db/BEFOLKNING_KJOENN as kjonn
import db/BEFOLKNING_MOR_FNR as mor
create-dataset m
import db/BEFOLKNING_FOEDSELS_AAR_MND as mor_faarmnd
merge mor_faarmnd into p on mor
use p
summarize mor_faarmnd
tabulate kjonn
`);
    expect(outputs.filter((o) => o.kind === 'table')).toHaveLength(2);
  });

  it('collapse by a pseudonymised key publishes statistics of the new units, never the keys', async () => {
    const { outputs } = await engine.run(`require no.ssb.fdb:12 as db
create-dataset barn
import db/BEFOLKNING_FAR_FNR as far
import db/BEFOLKNING_KJOENN as kjonn
generate gutt = kjonn == '1'
collapse (sum) gutt -> gutter (count) gutt -> barn, by(far)
tabulate barn
summarize gutter barn
`);
    expect(outputs.filter((o) => o.kind === 'table')).toHaveLength(2);
  });

  it('the scanner would have caught an id (it is not blind to this data)', async () => {
    const ids = await loadUnitIds(engine.datastoreDir);
    const [row] = await engine.truth(
      'SELECT CAST(min(value) AS VARCHAR) AS id FROM {data:BEFOLKNING_FAR_FNR}',
    );
    expect(findUnitIdLeaks([{ kind: 'text', text: `far ${row?.id}` }], ids)).toHaveLength(1);
  });
});
