import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datastoreLayout } from '../../shared/datastore/layout';
import { CodeListSchema } from '../../shared/datastore/manifest';
import { testDatastoreDir } from '../../test/fixtures/datastore';
import { referenceDir } from '../config/paths';
import { DatastoreQuery } from './test-support';
import { readManifest, verifyDatastore } from './verify-datastore';

interface ReferenceEntry {
  enhetstype?: string;
  temporalitet?: string;
  microdata_datatype?: string;
}

// The mapping from microdata.no's words, written out here independently of the generator's importer.
const UNIT: Record<string, string> = {
  Person: 'person',
  Kommune: 'municipality',
  Jobb: 'job',
  Kurs: 'course',
  Kjøretøy: 'vehicle',
  Trafikkulykke: 'traffic-accident',
  'Person i trafikkulykke': 'accident-person',
  Behandlingsopphold: 'hospital-stay',
  Målepunkt: 'metering-point',
};
const TEMPORALITY: Record<string, string> = {
  Fast: 'FIXED',
  Tverrsnitt: 'STATUS',
  Akkumulert: 'ACCUMULATED',
  Forløp: 'EVENT',
};
const VALUE_TYPE: Record<string, string> = {
  Alfanumerisk: 'string',
  'Alfanumerisk (tid)': 'string',
  'Numerisk (heltall)': 'integer',
  'Numerisk (Heltall)': 'integer',
  Heltall: 'integer',
  'Numerisk (desimal)': 'decimal',
  'Numerisk (Desimaltall)': 'decimal',
  Desimaltall: 'decimal',
  Dato: 'date',
  Instant: 'date',
};

const dir = testDatastoreDir();
const reference = JSON.parse(readFileSync(path.join(referenceDir, 'catalog', 'variables.json'), 'utf8')) as {
  variables: Record<string, ReferenceEntry>;
};
const manifest = readManifest(dir);
const byName = new Map(manifest.variables.map((v) => [v.name, v]));

describe('the test datastore', () => {
  let q: DatastoreQuery;
  beforeAll(async () => {
    q = await DatastoreQuery.open(dir);
  });
  afterAll(() => q.close());

  it('has every reference variable with the same name, unit type, temporality and value type', () => {
    const names = Object.keys(reference.variables).filter((name) => name !== 'distribution');
    expect(names).toHaveLength(735);
    for (const name of names) {
      const ref = reference.variables[name]!;
      const meta = byName.get(name);
      expect(meta, name).toBeDefined();
      // Three reference entries state no types: they are aliases of the municipality variables (strings, per person).
      if (!ref.enhetstype) {
        expect(meta).toMatchObject({ unitType: 'person', valueType: 'string' });
        continue;
      }
      expect({
        name,
        unitType: meta?.unitType,
        temporality: meta?.temporality,
        valueType: meta?.valueType,
      }).toEqual({
        name,
        unitType: UNIT[ref.enhetstype],
        temporality: TEMPORALITY[ref.temporalitet!],
        valueType: VALUE_TYPE[ref.microdata_datatype!],
      });
    }
    expect(manifest.variables).toHaveLength(735);
  });

  it('is a synthetic no.ssb.fdb with named unit types', () => {
    expect(manifest).toMatchObject({ name: 'no.ssb.fdb', synthetic: true, version: '1.0.0.0' });
    expect(manifest.unitTypes.find((u) => u.name === 'person')?.idVariable).toBe('PERSONID_1');
    const used = new Set(
      manifest.variables.flatMap((v) => [v.unitType, ...(v.pseudonymOf ? [v.pseudonymOf] : [])]),
    );
    for (const unit of used) expect(manifest.unitTypes.map((u) => u.name)).toContain(unit);
  });

  it('stores every variable as the format says: schema, sorted ids, temporality rules, non-empty', async () => {
    expect(await verifyDatastore(dir)).toEqual([]);
  });

  it('lists the snapshot dates of STATUS variables, with 1 January after the range for the population register', () => {
    expect(byName.get('BEFOLKNING_STATUSKODE')?.snapshotDates).toEqual(
      Array.from({ length: 16 }, (_, k) => `${2010 + k}-01-01`),
    );
    expect(byName.get('REGSYS_ARB_YRKE_STYRK08')?.snapshotDates?.[0]).toBe('2015-11-16');
    expect(byName.get('ARBLONN_PERS_SUM_ARBEIDSTID')?.snapshotDates).toContain('2018-07-16');
    expect(byName.get('ARBLONN_PERS_KOMMNR')?.snapshotDates).toContain('2021-07-31');
  });

  it('has a valid code list for every variable that names one, and values from it', async () => {
    for (const v of manifest.variables.filter((x) => x.codeList)) {
      const file = path.join(dir, datastoreLayout.codeList(v.codeList!));
      expect(existsSync(file), v.codeList!).toBe(true);
      const list = CodeListSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      const codes = list.codes.map((c) => `'${c.code.replaceAll("'", "''")}'`).join(',');
      const outside = await q.number(
        `SELECT count(*) FROM ${q.v(v.name)} WHERE NOT list_contains([${codes}], value)`,
      );
      expect(outside, `${v.name} values outside ${v.codeList}`).toBe(0);
    }
    expect(byName.get('BOSATTEFDT_BOSTED')?.codeList).toBe('kommunenummer');
    expect(byName.get('NUDB_BU')?.codeList).toBe('nus2000');
  });

  it('has secret record keys in [0, 1) for every unit of every unit type', async () => {
    for (const unit of manifest.unitTypes) {
      const [k] = await q.rows(
        `SELECT count(*) AS n, count(DISTINCT unit_id) AS ids, min(key) AS lo, max(key) AS hi FROM ${q.k(unit.name)}`,
      );
      expect(k?.n, unit.name).toBeGreaterThan(0);
      expect(k?.ids).toBe(k?.n);
      expect(Number(k?.lo)).toBeGreaterThanOrEqual(0);
      expect(Number(k?.hi)).toBeLessThan(1);
    }
    const missing = await q.number(
      `SELECT count(*) FROM ${q.v('BEFOLKNING_KJOENN')} v ANTI JOIN ${q.k('person')} k USING (unit_id)`,
    );
    expect(missing).toBe(0);
  });

  it('uses random-looking 63-bit pseudonyms, distinct across unit types', async () => {
    const [p] = await q.rows(`SELECT min(unit_id) > 1e15 AS big, count(*) AS n FROM ${q.k('person')}`);
    expect(p?.big).toBe(true);
    const overlap = await q.number(`
      SELECT count(*) FROM (SELECT unit_id FROM ${q.k('person')} INTERSECT SELECT unit_id FROM ${q.k('job')}
        UNION ALL SELECT unit_id FROM ${q.k('person')} INTERSECT SELECT unit_id FROM ${q.k('company')}
        UNION ALL SELECT unit_id FROM ${q.k('job')} INTERSECT SELECT unit_id FROM ${q.k('course')})`);
    expect(overlap).toBe(0);
  });
});
