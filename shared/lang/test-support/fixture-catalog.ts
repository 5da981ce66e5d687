import { type DatastoreManifest, DatastoreManifestSchema, type VariableMeta } from '../../datastore/manifest';
import { type Catalog, catalogFromManifest } from '../catalog';

const text = (s: string) => ({ nb: s, en: s });

function variable(
  name: string,
  unitType: VariableMeta['unitType'],
  temporality: VariableMeta['temporality'],
  valueType: VariableMeta['valueType'],
  valid: [string, string] | null = null,
  pseudonymOf: VariableMeta['pseudonymOf'] = null,
): VariableMeta {
  return {
    name,
    unitType,
    temporality,
    valueType,
    codeList: null,
    validFrom: valid?.[0] ?? null,
    validTo: valid?.[1] ?? null,
    title: text(name),
    description: text(name),
    subject: text('test'),
    pseudonymOf,
  };
}

const unit = (name: VariableMeta['unitType'], idVariable: string) => ({
  name,
  idVariable,
  title: text(name),
});

/** A small, hand-made `no.ssb.fdb` for language tests: every temporality, value type and kind of id. */
export const fixtureManifest: DatastoreManifest = DatastoreManifestSchema.parse({
  formatVersion: 1,
  name: 'no.ssb.fdb',
  version: '33.0.0.0',
  description: text('Language test datastore'),
  synthetic: true,
  unitTypes: [
    unit('person', 'PERSONID_1'),
    unit('family', 'FAMILIEID_1'),
    unit('job', 'JOBBID_1'),
    unit('course', 'KURSID_1'),
    unit('municipality', 'KOMMUNEID_1'),
  ],
  variables: [
    variable('BEFOLKNING_KJOENN', 'person', 'FIXED', 'string'),
    variable('BEFOLKNING_FOEDSELS_AAR_MND', 'person', 'FIXED', 'integer'),
    variable('BEFOLKNING_FODELAND', 'person', 'FIXED', 'string'),
    variable('BEFOLKNING_MOR_FNR', 'person', 'FIXED', 'integer', null, 'person'),
    variable('BEFOLKNING_FAR_FNR', 'person', 'FIXED', 'integer', null, 'person'),
    variable('BEFOLKNING_STATUSKODE', 'person', 'STATUS', 'string', ['1986-01-01', '2025-01-01']),
    variable('BEFOLKNING_KOMMNR_FAKTISK', 'person', 'STATUS', 'string', ['2014-01-01', '2025-01-01']),
    variable(
      'BEFOLKNING_REGSTAT_FAMNR',
      'person',
      'STATUS',
      'integer',
      ['2005-01-01', '2025-01-01'],
      'family',
    ),
    variable('INNTEKT_WLONN', 'person', 'ACCUMULATED', 'decimal', ['1993-01-01', '2023-12-31']),
    variable('INNTEKT_BRUTTOFORM', 'person', 'ACCUMULATED', 'integer', ['1993-01-01', '2020-12-31']),
    variable('SIVSTANDFDT_SIVSTAND', 'person', 'EVENT', 'string', ['1991-01-01', '2023-12-31']),
    variable('NUDB_BU', 'person', 'EVENT', 'string', ['1970-11-01', '2024-08-01']),
    variable('ARBLONN_ARB_ARBEIDSTID', 'job', 'STATUS', 'decimal', ['2015-02-16', '2025-09-16']),
    variable('ARBEIDSFORHOLD_PERSON', 'job', 'FIXED', 'integer', null, 'person'),
    variable('NUDB_KURS_NUS', 'course', 'EVENT', 'string', ['1974-09-01', '2024-09-01']),
    variable('NUDB_KURS_FNR', 'course', 'FIXED', 'integer', null, 'person'),
    variable('KOMMUNE_INNBYGGERE', 'municipality', 'STATUS', 'integer', ['2000-01-01', '2024-01-01']),
  ],
  codeLists: [],
});

/** A second datastore, to test several `require`s. */
export const fixtureNprManifest: DatastoreManifest = DatastoreManifestSchema.parse({
  formatVersion: 1,
  name: 'no.fhi.npr',
  version: '2.1.0.0',
  description: text('Second language test datastore'),
  synthetic: true,
  unitTypes: [unit('person', 'PERSONID_1'), unit('hospital-stay', 'OPPHOLDID_1')],
  variables: [
    variable('NPR_HOVEDDIAGNOSE', 'person', 'EVENT', 'string', ['2008-01-01', '2023-12-31']),
    variable('NPR_ANTALL_OPPHOLD', 'person', 'ACCUMULATED', 'integer', ['2008-01-01', '2023-12-31']),
  ],
  codeLists: [],
});

/** The catalogues language tests compile against. */
export const fixtureCatalogs: readonly Catalog[] = [
  catalogFromManifest(fixtureManifest),
  catalogFromManifest(fixtureNprManifest),
];
