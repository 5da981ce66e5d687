import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openNativeDatabase } from '../../server/duckdb/native-database';
import { datastoreLayout } from '../../shared/datastore/layout';
import {
  type CodeList,
  type DatastoreManifest,
  DatastoreManifestSchema,
  type Temporality,
  type ValueType,
} from '../../shared/datastore/manifest';
import type { DatastoreSource } from '../../shared/engine/datastore-source';
import type { SqlDatabase } from '../../shared/sql/database';
import { quoteIdent, quoteLiteral, quoteString } from '../../shared/sql/quote';

/** One stored row of a variable: unit id, value, start, stop (dates as YYYY-MM-DD or null). */
export type FixtureRow = [unitId: number, value: number | string, start: string | null, stop: string | null];

/** A variable of a fixture datastore, with its rows chosen by hand. */
export interface FixtureVariable {
  name: string;
  temporality: Temporality;
  valueType: ValueType;
  unitType?: 'person' | 'family' | 'company';
  codeList?: string;
  rows: FixtureRow[];
}

/** What a fixture datastore holds: variables, record keys per unit (default: a fixed spread), code lists. */
export interface FixtureSpec {
  variables: FixtureVariable[];
  /** Units per unit type that get record keys; default: every unit id in the variables' rows. */
  keys?: Record<string, number[]>;
  codeLists?: CodeList[];
}

/** The manifest of a fixture datastore: `no.ssb.fdb` 1.0.0.0 so scripts check against it as against the real one. */
export function fixtureManifest(spec: FixtureSpec): DatastoreManifest {
  const unitTypes = [...new Set(['person', ...spec.variables.map((v) => v.unitType ?? 'person')])];
  const idNames: Record<string, string> = { person: 'PERSONID_1', family: 'FAMILIENR', company: 'FORETAKID' };
  const text = (s: string) => ({ nb: s, en: s });
  return DatastoreManifestSchema.parse({
    formatVersion: 1,
    name: 'no.ssb.fdb',
    version: '1.0.0.0',
    description: text('Fixture'),
    synthetic: true,
    unitTypes: unitTypes.map((name) => ({ name, idVariable: idNames[name] ?? 'ID', title: text(name) })),
    variables: spec.variables.map((v) => {
      const dates = v.rows
        .flatMap((r) => [r[2], r[3]])
        .filter((d): d is string => d !== null)
        .sort();
      const snapshots = [...new Set(v.rows.map((r) => r[2]).filter((d): d is string => d !== null))].sort();
      return {
        name: v.name,
        unitType: v.unitType ?? 'person',
        temporality: v.temporality,
        valueType: v.valueType,
        codeList: v.codeList ?? null,
        validFrom: v.temporality === 'FIXED' ? null : (dates[0] ?? null),
        validTo: v.temporality === 'FIXED' ? null : (dates.at(-1) ?? null),
        title: text(v.name),
        description: text(v.name),
        subject: text('test'),
        pseudonymOf: null,
        ...(v.temporality === 'STATUS' ? { snapshotDates: snapshots } : {}),
      };
    }),
    codeLists: (spec.codeLists ?? []).map((c) => c.name),
  });
}

/** A record key in [0, 1) for a unit: a fixed irrational spread, so key sums are known in tests. */
export function fixtureKey(unitId: number): number {
  return (unitId * 0.6180339887498949) % 1;
}

function keysOf(spec: FixtureSpec): Record<string, number[]> {
  if (spec.keys) return spec.keys;
  const out: Record<string, Set<number>> = {};
  for (const v of spec.variables) {
    const unitType = v.unitType ?? 'person';
    const set = out[unitType] ?? new Set<number>();
    out[unitType] = set;
    for (const r of v.rows) set.add(r[0]);
  }
  return Object.fromEntries(Object.entries(out).map(([k, s]) => [k, [...s].sort((a, b) => a - b)]));
}

const sqlType: Record<ValueType, string> = {
  integer: 'BIGINT',
  decimal: 'DOUBLE',
  string: 'VARCHAR',
  date: 'DATE',
};

function variableSelect(v: FixtureVariable): string {
  const type = sqlType[v.valueType];
  const typed = `SELECT CAST(unit_id AS BIGINT) AS unit_id, CAST(value AS ${type}) AS value, CAST(start AS DATE) AS start, CAST(stop AS DATE) AS stop`;
  if (v.rows.length === 0)
    return `${typed} FROM (SELECT NULL AS unit_id, NULL AS value, NULL AS start, NULL AS stop) WHERE FALSE`;
  const rows = v.rows.map((r) => `(${r.map((x) => quoteLiteral(x === null ? null : String(x))).join(', ')})`);
  return `${typed} FROM (VALUES ${rows.join(', ')}) AS t(unit_id, value, start, stop) ORDER BY unit_id, start`;
}

function keysSelect(ids: number[]): string {
  if (ids.length === 0)
    return 'SELECT CAST(NULL AS BIGINT) AS unit_id, CAST(NULL AS DOUBLE) AS key WHERE FALSE';
  const rows = ids.map((id) => `(${id}, ${fixtureKey(id)})`).join(', ');
  return `SELECT CAST(unit_id AS BIGINT) AS unit_id, CAST(key AS DOUBLE) AS key FROM (VALUES ${rows}) AS t(unit_id, key) ORDER BY unit_id`;
}

/**
 * Writes a fixture datastore directory (datastore.json, data/*.parquet, keys/*.parquet, codelists/*.json) in
 * the sealed format, through native DuckDB `COPY ... TO` Parquet. Returns the manifest.
 */
export async function writeFixtureDatastore(dir: string, spec: FixtureSpec): Promise<DatastoreManifest> {
  const manifest = fixtureManifest(spec);
  for (const sub of ['data', 'keys', 'codelists']) mkdirSync(path.join(dir, sub), { recursive: true });
  const db = await openNativeDatabase();
  try {
    for (const v of spec.variables) {
      const file = path.join(dir, datastoreLayout.variable(v.name));
      await db.exec(`COPY (${variableSelect(v)}) TO ${quoteString(file)} (FORMAT parquet)`);
    }
    for (const [unitType, ids] of Object.entries(keysOf(spec))) {
      const file = path.join(dir, datastoreLayout.recordKeys(unitType));
      await db.exec(`COPY (${keysSelect(ids)}) TO ${quoteString(file)} (FORMAT parquet)`);
    }
  } finally {
    await db.close();
  }
  for (const list of spec.codeLists ?? [])
    writeFileSync(path.join(dir, datastoreLayout.codeList(list.name)), JSON.stringify(list));
  writeFileSync(path.join(dir, datastoreLayout.manifest), JSON.stringify(manifest, null, 2));
  return manifest;
}

/**
 * The same fixture as tables inside any database (duckdb-wasm cannot read local files in Node): a source whose
 * variables and keys are tables `fx_<name>` / `fx_keys_<unittype>`, for running the engine on DuckDB 1.4.
 */
export async function loadFixtureTables(db: SqlDatabase, spec: FixtureSpec): Promise<DatastoreSource> {
  const manifest = fixtureManifest(spec);
  for (const v of spec.variables)
    await db.exec(`CREATE OR REPLACE TABLE ${quoteIdent(`fx_${v.name}`)} AS ${variableSelect(v)}`);
  for (const [unitType, ids] of Object.entries(keysOf(spec)))
    await db.exec(`CREATE OR REPLACE TABLE ${quoteIdent(`fx_keys_${unitType}`)} AS ${keysSelect(ids)}`);
  const lists = new Map((spec.codeLists ?? []).map((c) => [c.name, c]));
  return {
    manifest,
    variableSql: (name) => quoteIdent(`fx_${name}`),
    keysSql: (unitType) => quoteIdent(`fx_keys_${unitType}`),
    codeList: async (name) => lists.get(name) ?? null,
  };
}
