import type { DatastoreManifest, UnitType, UnitTypeMeta, VariableMeta } from '../datastore/manifest';

/** What the checker may ask about one datastore; synchronous so that checking stays fast and pure. */
export interface Catalog {
  /** Datastore name, e.g. `no.ssb.fdb`. */
  readonly name: string;
  /** The version this catalogue describes (four parts, e.g. `33.0.0.0`). */
  readonly version: string;
  readonly synthetic: boolean;
  variable(name: string): VariableMeta | undefined;
  variableNames(): readonly string[];
  unitTypes(): readonly UnitTypeMeta[];
  unitType(name: UnitType): UnitTypeMeta | undefined;
}

/** A catalogue over a datastore's `datastore.json`. */
export function catalogFromManifest(manifest: DatastoreManifest): Catalog {
  const variables = new Map(manifest.variables.map((v) => [v.name, v]));
  const names = manifest.variables.map((v) => v.name);
  const units = new Map(manifest.unitTypes.map((u) => [u.name, u]));
  return {
    name: manifest.name,
    version: manifest.version,
    synthetic: manifest.synthetic,
    variable: (n) => variables.get(n),
    variableNames: () => names,
    unitTypes: () => manifest.unitTypes,
    unitType: (n) => units.get(n),
  };
}

/** True when a `require` version (`33`, `33.1`) is the catalogue's version or a prefix of it. */
export function versionMatches(requested: string, available: string): boolean {
  const want = requested.split('.');
  const have = available.split('.');
  return want.every((part, i) => Number(part) === Number(have[i] ?? Number.NaN));
}
