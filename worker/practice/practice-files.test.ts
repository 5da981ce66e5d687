import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatastoreManifestSchema } from '../../shared/datastore/manifest';
import { catalogFromManifest, compile } from '../../shared/lang/index';
import { practiceReferenceScript } from '../../test/bench/practice-reference';
import { testDatastoreDir } from '../../test/fixtures/datastore';
import { attachSql, planFiles, unitsFile, variableFile } from './practice-files';

const manifest = DatastoreManifestSchema.parse(
  JSON.parse(fs.readFileSync(path.join(testDatastoreDir(), 'datastore.json'), 'utf8')),
);
const planOf = (script: string) => compile(script, [catalogFromManifest(manifest)]).plan!;

describe('practice files of a plan', () => {
  it('are the unit ids of the population and every imported variable, once each', () => {
    expect(planFiles(planOf(practiceReferenceScript))).toEqual([
      { path: 'units/person.duckdb', alias: 'practice_units_person' },
      ...['BEFOLKNING_FOEDSELS_AAR_MND', 'BEFOLKNING_KJOENN', 'BEFOLKNING_STATUSKODE', 'BOSATTEFDT_BOSTED']
        .concat(['INNTEKT_WLONN', 'NUDB_BU'])
        .map((name) => ({ path: `data/${name}.duckdb`, alias: `practice_data_${name}` })),
    ]);
  });

  it('include the unit type an id-valued variable points to', () => {
    // REGSYS_FRTK_ID_SSB: a person's employer, a company id (which has record keys of its own).
    const script =
      'require no.ssb.fdb:1 as db\ncreate-dataset p\nimport db/BEFOLKNING_KJOENN as k\nimport db/REGSYS_FRTK_ID_SSB 2020-11-16 as firma\n';
    const files = planFiles(planOf(script)).map((f) => f.path);
    expect(files).toContain('data/REGSYS_FRTK_ID_SSB.duckdb');
    expect(files.filter((f) => f.startsWith('units/'))).toEqual([
      'units/company.duckdb',
      'units/person.duckdb',
    ]);
  });

  it('attach read-only under quoted aliases, with unit types made SQL-friendly', () => {
    expect(unitsFile('traffic-accident').alias).toBe('practice_units_traffic_accident');
    expect(attachSql(variableFile('X'), "it's.duckdb")).toBe(
      `ATTACH IF NOT EXISTS 'it''s.duckdb' AS "practice_data_X" (READ_ONLY)`,
    );
  });
});
