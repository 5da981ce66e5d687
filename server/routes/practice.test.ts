import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PracticeIndex, PracticeIndexSchema } from '../../shared/api/practice';
import type { SqlDatabase } from '../../shared/sql/database';
import { quoteString } from '../../shared/sql/quote';
import { testDatastoreDir } from '../../test/fixtures/datastore';
import { createFileDatastoreRegistry } from '../datastores/registry';
import { openNativeDatabase } from '../duckdb/native-database';
import type { AppEnv } from '../http/env';
import { createMemoryLogger } from '../logging/logger';
import { errorHandler } from '../middleware/error-handler';
import { practiceRoutes } from './practice';

const store = testDatastoreDir();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-practice-'));

function appOver(dirs: string[]) {
  const app = new Hono<AppEnv>();
  app.onError(errorHandler(createMemoryLogger()));
  app.route(
    '/api/practice',
    practiceRoutes({
      datastores: createFileDatastoreRegistry(dirs),
      practiceCacheDir: path.join(tmp, 'cache'),
    }),
  );
  return app;
}

const app = appOver([store]);
let index: PracticeIndex;
let db: SqlDatabase;
const variable = 'BEFOLKNING_KJOENN';
const dataFile = path.join(store, 'data', `${variable}.parquet`);

beforeAll(async () => {
  const res = await app.request('/api/practice');
  expect(res.status).toBe(200);
  expect(res.headers.get('Cache-Control')).toBe('no-cache');
  index = PracticeIndexSchema.parse(await res.json());
  db = await openNativeDatabase({ threads: 1 });
});
afterAll(async () => {
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function bytes(res: Response) {
  return Buffer.from(await res.arrayBuffer());
}

describe('practice datastore routes', () => {
  it('name the default synthetic datastore and a tagged base', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(store, 'datastore.json'), 'utf8'));
    expect(index).toMatchObject({ name: manifest.name, version: manifest.version });
    expect(index.base).toBe(`/api/practice/v/${index.tag}`);
  });

  it('serve the manifest and a variable byte for byte, cacheable forever, 304 when unchanged', async () => {
    const res = await app.request(`${index.base}/data/${variable}.parquet`);
    expect(res.status).toBe(200);
    expect(await bytes(res)).toEqual(fs.readFileSync(dataFile));
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('Accept-Ranges')).toBe('bytes');
    const etag = res.headers.get('ETag');
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    const again = await app.request(`${index.base}/data/${variable}.parquet`, {
      headers: { 'If-None-Match': etag! },
    });
    expect(again.status).toBe(304);
    const manifest = await app.request(`${index.base}/datastore.json`);
    expect(await manifest.text()).toBe(fs.readFileSync(path.join(store, 'datastore.json'), 'utf8'));
  });

  it('serve byte ranges, suffix ranges, HEAD, and refuse ranges past the end', async () => {
    const whole = fs.readFileSync(dataFile);
    const url = `${index.base}/data/${variable}.parquet`;
    const part = await app.request(url, { headers: { Range: 'bytes=4-103' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('Content-Range')).toBe(`bytes 4-103/${whole.length}`);
    expect(await bytes(part)).toEqual(whole.subarray(4, 104));
    const tail = await app.request(url, { headers: { Range: 'bytes=-8' } });
    const last = await bytes(tail);
    expect(last).toEqual(whole.subarray(whole.length - 8));
    expect(last.subarray(4).toString()).toBe('PAR1');
    const head = await app.request(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Length')).toBe(String(whole.length));
    expect((await bytes(head)).length).toBe(0);
    const past = await app.request(url, { headers: { Range: `bytes=${whole.length}-` } });
    expect(past.status).toBe(416);
    expect(past.headers.get('Content-Range')).toBe(`bytes */${whole.length}`);
  });

  it('serve code lists the manifest names', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(store, 'datastore.json'), 'utf8'));
    const name: string = manifest.codeLists[0];
    const res = await app.request(`${index.base}/codelists/${name}.json`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(
      JSON.parse(fs.readFileSync(path.join(store, 'codelists', `${name}.json`), 'utf8')),
    );
  });

  it('serve each variable as a DuckDB file (identity or gzip) holding exactly the Parquet rows', async () => {
    const url = `${index.base}/data/${variable}.duckdb`;
    const plain = await app.request(url);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('Vary')).toBe('Accept-Encoding');
    const file = path.join(tmp, 'variable.duckdb');
    fs.writeFileSync(file, await bytes(plain));
    const zipped = await app.request(url, { headers: { 'Accept-Encoding': 'gzip, deflate' } });
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(zlib.gunzipSync(await bytes(zipped))).toEqual(fs.readFileSync(file));
    expect(zipped.headers.get('ETag')).not.toBe(plain.headers.get('ETag'));
    const ranged = await app.request(url, { headers: { 'Accept-Encoding': 'gzip', Range: 'bytes=0-99' } });
    expect([ranged.status, ranged.headers.get('Content-Encoding')]).toEqual([206, null]);
    await db.exec(`ATTACH ${quoteString(file)} AS served (READ_ONLY)`);
    const parquet = `read_parquet(${quoteString(dataFile)})`;
    const [counts] = await db.query(
      `SELECT (SELECT count(*) FROM served.data) AS served, (SELECT count(*) FROM ${parquet}) AS original,
              (SELECT count(*) FROM (SELECT * FROM served.data EXCEPT ALL SELECT * FROM ${parquet})) AS extra,
              (SELECT count(*) FROM (SELECT * FROM ${parquet} EXCEPT ALL SELECT * FROM served.data)) AS missing`,
    );
    await db.exec('DETACH served');
    expect(counts).toEqual({ served: counts?.original, original: expect.any(Number), extra: 0, missing: 0 });
    expect(counts?.original).toBeGreaterThan(10_000);
  });

  it('serve the unit ids of a unit type, the same set as the sealed keys, without the keys', async () => {
    const res = await app.request(`${index.base}/units/person.duckdb`);
    expect(res.status).toBe(200);
    const file = path.join(tmp, 'units-person.duckdb');
    fs.writeFileSync(file, await bytes(res));
    await db.exec(`ATTACH ${quoteString(file)} AS units (READ_ONLY)`);
    const tables = await db.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_catalog = 'units'`,
    );
    expect(tables).toEqual([{ table_name: 'units', column_name: 'unit_id', data_type: 'BIGINT' }]);
    const keys = quoteString(path.join(store, 'keys', 'person.parquet'));
    const [diff] = await db.query(
      `SELECT (SELECT count(*) FROM units.units) AS served,
              (SELECT count(*) FROM read_parquet(${keys})) AS sealed,
              (SELECT count(*) FROM (SELECT unit_id FROM read_parquet(${keys}) EXCEPT SELECT unit_id FROM units.units)) AS missing`,
    );
    await db.exec('DETACH units');
    expect(diff).toEqual({ served: diff?.sealed, sealed: expect.any(Number), missing: 0 });
    expect(diff?.sealed).toBeGreaterThan(10_000);
  });

  it('never serve keys/, other paths, unknown names or a stale tag (404)', async () => {
    const attempts = [
      `${index.base}/keys/person.parquet`,
      `${index.base}/data/..%2Fkeys%2Fperson.parquet`,
      `${index.base}/data/%2E%2E%2Fkeys%2Fperson.parquet`,
      `${index.base}/units/..%2Fkeys%2Fperson.duckdb`,
      `${index.base}/units/person.parquet`,
      `${index.base}/keys/person.duckdb`,
      `${index.base}/codelists/..%2F..%2Fkeys%2Fperson.json`,
      `${index.base}/data/../keys/person.parquet`,
      `${index.base}/data/${variable}.parquet%00.parquet`,
      `${index.base}/data/NO_SUCH_VARIABLE.parquet`,
      `${index.base}/data/${variable}.csv`,
      `${index.base}/units/martian.duckdb`,
      `${index.base}/synth-stamp.json`,
      `/api/practice/v/0000000000000000/data/${variable}.parquet`,
    ];
    for (const url of attempts) {
      const res = await app.request(url);
      expect([url, res.status]).toEqual([url, 404]);
      expect(await res.text()).not.toContain('PAR1');
    }
  });

  it('refuse everything when the manifest says synthetic: false', async () => {
    const real = path.join(tmp, 'real');
    fs.mkdirSync(path.join(real, 'data'), { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(store, 'datastore.json'), 'utf8'));
    fs.writeFileSync(path.join(real, 'datastore.json'), JSON.stringify({ ...manifest, synthetic: false }));
    fs.copyFileSync(dataFile, path.join(real, 'data', `${variable}.parquet`));
    const sealed = appOver([real, store]);
    const res = await sealed.request('/api/practice');
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'practice-not-synthetic' });
    for (const file of [
      'datastore.json',
      `data/${variable}.parquet`,
      `data/${variable}.duckdb`,
      'units/person.duckdb',
    ]) {
      const refused = await sealed.request(`${index.base}/${file}`);
      expect(refused.status).toBe(403);
    }
  });
});
