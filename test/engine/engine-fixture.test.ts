import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../server/duckdb/native-database';
import { directoryDatastoreSource } from '../../server/engine/datastore-source';
import type { DatastoreSource } from '../../shared/engine/datastore-source';
import type { SqlDatabase } from '../../shared/sql/database';
import { openWasmDatabase } from '../support/wasm-database';
import { loadFixtureTables, writeFixtureDatastore } from './fixture-datastore';
import { fixtureSpec } from './fixture-spec';
import { datasetRows, runFixtureScript } from './run-fixture';

const head = 'require no.ssb.fdb:1.0.0.0 as db\ncreate-dataset p\nimport db/KJOENN as k\n';

interface Engine {
  db: SqlDatabase;
  source: DatastoreSource;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'registerlab-fixture-'));
const engines: [string, () => Promise<Engine>][] = [
  [
    'native DuckDB over Parquet files',
    async () => ({
      db: await openNativeDatabase(),
      source: directoryDatastoreSource(dir, await writeFixtureDatastore(dir, fixtureSpec)),
    }),
  ],
  [
    'duckdb-wasm over tables',
    async () => {
      const db = await openWasmDatabase();
      return { db, source: await loadFixtureTables(db, fixtureSpec) };
    },
  ],
];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(engines)('engine on %s', (_name, open) => {
  let db: SqlDatabase;
  let source: DatastoreSource;
  beforeAll(async () => {
    ({ db, source } = await open());
  });
  afterAll(async () => {
    await db.close();
  });
  const run = (script: string) => runFixtureScript(db, source, script);

  it('imports a STATUS variable from the latest snapshot on or before the date', async () => {
    const result = await run(
      `${head}import db/BOSTED 2020-06-30 as b20\nimport db/BOSTED 2020-12-31 as b1231\nimport db/BOSTED 2021-01-01 as b21x\n`,
    );
    expect(result.status).toBe('completed');
    const rows = await datasetRows(db, result, 'p', ['k', 'b20', 'b1231', 'b21x']);
    expect(rows.map((r) => r.unit)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const in2020 = [...Array(5).fill('0301'), ...Array(5).fill('1103'), null, null];
    const in2021 = ['1103', '0301', '0301', '0301', '0301', ...Array(5).fill('1103'), '0301', null];
    expect(rows.map((r) => r.b20)).toEqual(in2020);
    expect(rows.map((r) => r.b1231)).toEqual(in2020);
    expect(rows.map((r) => r.b21x)).toEqual(in2021);
  });

  it('imports an ACCUMULATED variable from the period holding the date', async () => {
    const result = await run(
      `${head}import db/INNTEKT 2020-12-31 as i20\nimport db/INNTEKT 2021-06-01 as i21\n`,
    );
    const rows = await datasetRows(db, result, 'p', ['i20', 'i21']);
    expect(rows.map((r) => r.i20)).toEqual([
      1000,
      2000,
      3000,
      4000,
      5000,
      6000,
      7000,
      8000,
      9000,
      10000,
      null,
      null,
    ]);
    expect(rows.map((r) => r.i21)).toEqual([
      1100,
      2200,
      null,
      4400,
      5500,
      6600,
      7700,
      8800,
      9900,
      11000,
      null,
      null,
    ]);
  });

  it('imports an EVENT variable as the spell holding the date (stop dates inclusive)', async () => {
    const result = await run(
      `${head}import db/SIVSTAND 2020-07-15 as s\nimport db/SIVSTAND 2020-06-30 as s0630\n`,
    );
    const rows = await datasetRows(db, result, 'p', ['s', 's0630']);
    expect(rows.slice(0, 4).map((r) => [r.s, r.s0630])).toEqual([
      ['2', '2'],
      ['3', '1'],
      [null, null],
      [null, null],
    ]);
  });

  it('imports every spell overlapping an event window, with its own start and stop', async () => {
    const result = await run(
      'require no.ssb.fdb:1.0.0.0 as db\ncreate-dataset e\nimport-event db/SIVSTAND 2020-01-01 to 2020-12-31 as s\n',
    );
    expect(result.status).toBe('completed');
    const rows = await datasetRows(db, result, 'e', ['s', 'START@s', 'STOP@s'], ['START@s']);
    expect(rows).toEqual([
      { unit: 1, s: '2', 'START@s': '2020-01-01', 'STOP@s': null },
      { unit: 2, s: '1', 'START@s': '2005-05-05', 'STOP@s': '2020-06-30' },
      { unit: 2, s: '3', 'START@s': '2020-07-01', 'STOP@s': '2020-12-31' },
    ]);
  });

  it('imports a panel: rows where the first variable has a value, the others at each date', async () => {
    const result = await run(
      'require no.ssb.fdb:1.0.0.0 as db\ncreate-dataset pan\nimport-panel db/INNTEKT db/BOSTED 2020-12-31 2021-01-01\n',
    );
    expect(result.status).toBe('completed');
    const rows = await datasetRows(db, result, 'pan', ['date@panel', 'INNTEKT', 'BOSTED'], ['date@panel']);
    // INNTEKT on 2021-01-01 is the 2021 row (the period holding the date); person 3 has none.
    expect(rows).toHaveLength(19);
    expect(rows.filter((r) => r.unit === 1)).toEqual([
      { unit: 1, 'date@panel': '2020-12-31', INNTEKT: 1000, BOSTED: '0301' },
      { unit: 1, 'date@panel': '2021-01-01', INNTEKT: 1100, BOSTED: '1103' },
    ]);
    expect(rows.filter((r) => r.unit === 3)).toEqual([
      { unit: 3, 'date@panel': '2020-12-31', INNTEKT: 3000, BOSTED: '0301' },
    ]);
  });

  it('gives each unit of a dataset every panel date after clone-units', async () => {
    const result = await run(
      `${head}clone-units p q\nuse q\nimport-panel db/INNTEKT 2020-12-31 2021-12-31\n`,
    );
    const rows = await datasetRows(db, result, 'q', ['date@panel', 'INNTEKT'], ['date@panel']);
    expect(rows).toHaveLength(24);
    expect(rows.filter((r) => r.unit === 12).map((r) => r.INNTEKT)).toEqual([null, null]);
  });

  it('keeps and drops rows by condition (missing conditions select nothing)', async () => {
    const result = await run(
      `${head}import db/INNTEKT 2020-12-31 as i20\nkeep if i20 > 3000\nclone-dataset p after_keep\ndrop if k == '1'\n`,
    );
    expect(result.status).toBe('completed');
    expect(result.outputs.filter((o) => o.kind === 'refusal')).toEqual([]);
    expect((await datasetRows(db, result, 'after_keep', [])).map((r) => r.unit)).toEqual([
      4, 5, 6, 7, 8, 9, 10,
    ]);
    expect((await datasetRows(db, result, 'p', [])).map((r) => r.unit)).toEqual([4, 6, 8, 10]);
  });

  it('generates and replaces with missing values propagating and conditions selecting', async () => {
    const result = await run(
      `${head}import db/INNTEKT 2020-12-31 as i20\nimport db/INNTEKT 2021-06-01 as i21\n` +
        'generate x = i20 / 1000\ngenerate y = 1 if i20 > 5000\ngenerate z = i20 + i21\n' +
        "replace x = 0 if k == '2'\nreplace i20 = . if k == '1'\n",
    );
    expect(result.status).toBe('completed');
    const rows = await datasetRows(db, result, 'p', ['x', 'y', 'z', 'i20']);
    expect(rows.map((r) => r.x)).toEqual([1, 0, 3, 0, 5, 0, 7, 0, 9, 0, null, 0]);
    expect(rows.map((r) => r.y)).toEqual([null, null, null, null, null, 1, 1, 1, 1, 1, null, null]);
    expect(rows.map((r) => r.z)).toEqual([
      2100,
      4200,
      null,
      8400,
      10500,
      12600,
      14700,
      16800,
      18900,
      21000,
      null,
      null,
    ]);
    expect(rows.map((r) => r.i20)).toEqual([
      null,
      2000,
      null,
      4000,
      null,
      6000,
      null,
      8000,
      null,
      10000,
      null,
      null,
    ]);
  });

  it('stops at a failing command with its line and leaves the workspace as before it', async () => {
    const broken: DatastoreSource = {
      ...source,
      variableSql: (name) => (name === 'INNTEKT' ? '"no_such_table"' : source.variableSql(name)),
    };
    const result = await runFixtureScript(
      db,
      broken,
      `${head}generate a = 1\nimport db/INNTEKT 2020-12-31 as i\ngenerate b = 2\n`,
    );
    expect(result.status).toBe('failed');
    expect(result.failedLine).toBe(5);
    const last = result.outputs.at(-1);
    expect(last).toMatchObject({ kind: 'error', line: 5, command: 'import', code: 'command-failed' });
    expect(JSON.stringify(last)).not.toContain('no_such_table');
    expect(result.workspace.get('p').columns.map((c) => c.name)).toEqual(['k', 'a']);
    expect((await datasetRows(db, result, 'p', ['a'])).map((r) => r.a)).toEqual(Array(12).fill(1));
  });

  it('refuses a population change below T1 or too close to an earlier one, and goes on with the script', async () => {
    const result = await run(
      `${head}import db/INNTEKT 2020-12-31 as i20\nkeep if i20 > 9000\ndrop if i20 == 1000\ngenerate c = 1\n`,
    );
    expect(result.status).toBe('completed');
    const refusals = result.outputs.filter((o) => o.kind === 'refusal');
    expect(refusals.map((o) => [o.line, o.kind === 'refusal' ? o.rule : ''])).toEqual([
      [5, 'T1'],
      [6, 'DIFF'],
    ]);
    const rows = await datasetRows(db, result, 'p', ['c']);
    expect(rows.map((r) => r.unit)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(rows.every((r) => r.c === 1)).toBe(true);
  });

  it('draws the same sample for the same seed, and another for another seed', async () => {
    const draw = async (seed: number) =>
      (await datasetRows(db, await run(`${head}sample 5 ${seed}\n`), 'p', [])).map((r) => r.unit);
    const first = await draw(7);
    expect(first).toHaveLength(5);
    expect(await draw(7)).toEqual(first);
    const others: unknown[][] = [];
    for (const seed of [8, 9, 10]) others.push(await draw(seed));
    expect(others.some((o) => JSON.stringify(o) !== JSON.stringify(first))).toBe(true);
  });

  it('renames, clones variables, keeps variables and labels a variable', async () => {
    const result = await run(
      `${head}rename k kjonn\nclone-variables kjonn -> kopi\ndefine-labels kj '1' 'mann' '2' 'kvinne'\nassign-labels kopi kj\nkeep kopi\n`,
    );
    expect(result.status).toBe('completed');
    const view = result.workspace.get('p');
    expect(view.columns.map((c) => c.name)).toEqual(['kopi']);
    expect(view.labelsOf('kopi')?.get('2')).toBe('kvinne');
    expect((await datasetRows(db, result, 'p', ['kopi'])).map((r) => r.kopi).slice(0, 2)).toEqual(['1', '2']);
  });
});
