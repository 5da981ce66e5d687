import { afterAll, describe, expect, it } from 'vitest';
import {
  CatalogDatastoresResponseSchema,
  CatalogManifestResponseSchema,
  CatalogSearchResponseSchema,
  CatalogVariableDetailSchema,
} from '../../shared/api/catalog';
import { TestApp } from '../test-support/test-app';

const t = new TestApp();
const client = t.client();
afterAll(async () => {
  t.scanner.assertClean();
  await t.close();
});

describe('public catalogue', () => {
  it('searches without login, ranked and paginated, in the asked language', async () => {
    const res = await client.get('/api/catalog/variables?q=kommune&lang=en');
    expect(res.status).toBe(200);
    const body = CatalogSearchResponseSchema.parse(res.json());
    expect(body.items.map((i) => [i.name, i.title])).toEqual([
      ['BEFOLKNING_KOMMNR_FAKTISK', 'Municipality of residence'],
    ]);
    const page = CatalogSearchResponseSchema.parse(
      (await client.get('/api/catalog/variables?limit=2&offset=4')).json(),
    );
    expect(page).toMatchObject({ total: 6, offset: 4, limit: 2 });
    expect(page.items).toHaveLength(2);
  });

  it('filters by unit type, temporality and subject', async () => {
    const names = async (query: string) =>
      CatalogSearchResponseSchema.parse(
        (await client.get(`/api/catalog/variables?${query}`)).json(),
      ).items.map((i) => i.name);
    expect(await names('unitType=company')).toEqual(['FORETAK_NACE']);
    expect(await names('temporality=ACCUMULATED')).toEqual(['INNTEKT_WLONN']);
    expect(await names(`subject=${encodeURIComponent('Næringsliv')}`)).toEqual(['FORETAK_NACE']);
  });

  it('rejects bad parameters with 400', async () => {
    expect((await client.get('/api/catalog/variables?unitType=alien')).status).toBe(400);
    expect((await client.get('/api/catalog/variables?limit=1000')).status).toBe(400);
    expect((await client.get('/api/catalog/variables?lang=de')).status).toBe(400);
  });

  it('gives a variable with validity and its code list', async () => {
    const res = await client.get('/api/catalog/variables/BEFOLKNING_KOMMNR_FAKTISK');
    const detail = CatalogVariableDetailSchema.parse(res.json());
    expect(detail).toMatchObject({
      datastore: 'no.test.fixture',
      datastoreVersion: '2.0.0.0',
      validFrom: '2000-01-01',
      validTo: '2023-01-01',
      snapshotDates: ['2000-01-01', '2010-01-01', '2023-01-01'],
      title: { nb: 'Bostedskommune', en: 'Municipality of residence' },
    });
    expect(detail.codeList?.codes.map((c) => [c.code, c.validTo])).toEqual([
      ['0301', null],
      ['1201', '2019-12-31'],
      ['4601', null],
    ]);
    expect(
      CatalogVariableDetailSchema.parse((await client.get('/api/catalog/variables/INNTEKT_WLONN')).json())
        .codeList,
    ).toBeNull();
  });

  it('answers 404 for unknown variables and never serves sealed files', async () => {
    expect((await client.get('/api/catalog/variables/NOPE')).status).toBe(404);
    for (const path of [
      '/api/catalog/variables/..%2Fdata%2FBEFOLKNING_KJOENN',
      '/api/catalog/variables/BEFOLKNING_KJOENN?datastore=no.test.fixture&version=..%2F..%2Fkeys',
      '/api/catalog/data/BEFOLKNING_KJOENN.parquet',
      '/data/BEFOLKNING_KJOENN.parquet',
      '/keys/person.parquet',
    ]) {
      expect((await client.get(path)).status, path).toBe(404);
    }
  });

  it('gives the public manifest of a datastore for the editor, 404 for unknown ones', async () => {
    const res = await client.get('/api/catalog/datastores/no.test.fixture/manifest');
    expect(res.status).toBe(200);
    const manifest = CatalogManifestResponseSchema.parse(res.json());
    expect(manifest).toMatchObject({ name: 'no.test.fixture', version: '2.0.0.0' });
    expect(manifest.variables.map((v) => v.name)).toContain('BEFOLKNING_KOMMNR_FAKTISK');
    expect(
      (await client.get('/api/catalog/datastores/no.test.fixture/manifest?version=9.0.0.0')).status,
    ).toBe(404);
    expect((await client.get('/api/catalog/datastores/no.such.store/manifest')).status).toBe(404);
  });

  it('lists the datastores with their subjects', async () => {
    const body = CatalogDatastoresResponseSchema.parse((await client.get('/api/catalog/datastores')).json());
    expect(body.datastores).toHaveLength(1);
    expect(body.datastores[0]).toMatchObject({
      name: 'no.test.fixture',
      version: '2.0.0.0',
      versions: ['2.0.0.0'],
      variableCount: 6,
      synthetic: true,
    });
    expect(body.datastores[0]!.subjects.map((s) => s.nb)).toEqual([
      'Befolkning',
      'Inntekt og formue',
      'Næringsliv',
    ]);
  });
});
