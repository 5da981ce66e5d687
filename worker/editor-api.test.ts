import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDatastoreDir } from '../test/fixtures/datastore';
import { CatalogSource, type FetchJson } from './catalog-source';
import { createEditorApi } from './editor-api';

const manifest = () => JSON.parse(fs.readFileSync(path.join(testDatastoreDir(), 'datastore.json'), 'utf8'));

/** A catalogue API over the shared 10k test datastore that counts what it is asked. */
function fakeServer() {
  const asked: string[] = [];
  const fetchJson: FetchJson = async (p) => {
    asked.push(p);
    if (p === '/api/catalog/datastores') return { datastores: [listing(manifest())] };
    if (p === '/api/catalog/datastores/no.ssb.fdb/manifest') return manifest();
    return null;
  };
  return { asked, api: createEditorApi(new CatalogSource(fetchJson)) };
}

function listing(m: { name: string; version: string; description: unknown; unitTypes: unknown }) {
  return {
    name: m.name,
    version: m.version,
    versions: [m.version],
    description: m.description,
    synthetic: true,
    unitTypes: m.unitTypes,
    variableCount: 1,
    subjects: [],
  };
}

const script = `require no.ssb.fdb:1 as db
create-dataset personer
import db/BEFOLKNING_KJOENN as kjonn
import db/INNTEKT_WYRKINNT 2015-01-01 as innt
tabulate kjon
`;

describe('worker editor API', () => {
  it('reports a misspelt variable with its span and both languages', async () => {
    const { api } = fakeServer();
    const result = await api.check(script);
    expect(result.runnable).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-variable']);
    const d = result.diagnostics[0]!;
    expect(script.slice(d.span.start, d.span.end)).toBe('kjon');
    expect(d.message_en).toContain('kjonn');
    expect(d.message_nb).toContain('finnes ikke');
  });

  it('describes the workspace: datasets, the one in use, variables with types, no values', async () => {
    const { api } = fakeServer();
    const result = await api.check(script.replace('tabulate kjon\n', 'tabulate kjonn\n'));
    expect(result.runnable).toBe(true);
    expect(result.workspace.current).toBe('personer');
    expect(result.workspace.datastores).toEqual([{ alias: 'db', name: 'no.ssb.fdb', version: '1.0.0.0' }]);
    const [dataset] = result.workspace.datasets;
    expect(dataset?.unit).toBe('person');
    expect(dataset?.variables.map((v) => [v.name, v.type, v.source])).toEqual([
      ['kjonn', 'string', 'BEFOLKNING_KJOENN'],
      ['innt', 'number', 'INNTEKT_WYRKINNT'],
    ]);
  });

  it('fetches a required datastore it lacks once, and says it is unknown', async () => {
    const { api, asked } = fakeServer();
    for (let i = 0; i < 3; i++) {
      const result = await api.check('require no.other.store:1 as x\n');
      expect(result.unknownDatastores).toEqual(['no.other.store']);
      expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-datastore']);
    }
    expect(asked.filter((p) => p.includes('no.other.store'))).toHaveLength(1);
  });

  it('keeps checking the language when the catalogue cannot be read, and retries later', async () => {
    let up = false;
    const api = createEditorApi(
      new CatalogSource(async (p) => {
        if (!up) throw new Error('server unreachable');
        return p.endsWith('/manifest') ? manifest() : { datastores: [listing(manifest())] };
      }),
    );
    const offline = await api.check('tabulat x\n');
    expect(offline.catalogError).toBe('server unreachable');
    expect(offline.diagnostics.map((d) => d.code)).toEqual(['unknown-command']);
    up = true;
    expect((await api.check(script)).catalogError).toBeNull();
  });

  it('offers commands with options, functions and register variables for completion', async () => {
    const { api } = fakeServer();
    const data = await api.completionData();
    const tabulate = data.commands.find((c) => c.name === 'tabulate');
    expect(tabulate?.options.map((o) => o.name)).toContain('rowpct');
    expect(tabulate?.help.nb.length).toBeGreaterThan(0);
    expect(data.functions.map((f) => f.name)).toContain('substr');
    expect(data.variables).toHaveLength(manifest().variables.length);
    expect(data.variables.find((v) => v.name === 'BEFOLKNING_KJOENN')?.title.en).toBeTruthy();
  });
});
