import type { UnitType, ValueType } from '../datastore/manifest';
import type { Catalog } from './catalog';

/** The two value kinds of script variables; dates are numbers (days since 1970-01-01). */
export type ValueKind = 'number' | 'string';

/** A variable of a dataset as the checker knows it. */
export interface VariableState {
  name: string;
  type: ValueKind;
  valueType: ValueType;
  /** Set for pseudonymised ids: the unit type whose ids the values are. */
  pseudonymOf: UnitType | null;
  /** Label set assigned with assign-labels or recode, or the register variable's code list. */
  labels: string | null;
  /** The register variable it was imported from, if any. */
  source: string | null;
}

/** What identifies a dataset's rows: units of a type, or the values of a variable after collapse. */
export type UnitKey =
  | { kind: 'unit'; unitType: UnitType }
  | { kind: 'values'; variable: string; type: ValueKind };

/** Cross-section (one row per unit), panel (unit × time) or event (one row per event). */
export type DatasetShape = 'cross-section' | 'panel' | 'event';

/** A dataset as the checker knows it while it walks the script. */
export interface DatasetState {
  name: string;
  unit: UnitKey | null;
  shape: DatasetShape;
  variables: Map<string, VariableState>;
  /** False after a command the checker could not follow: unknown names are then not reported. */
  exact: boolean;
  /** Names made by commands whose count is unknown until run (mlogit-predict: `prefix_1`, `prefix_2`, ...). */
  patterns: { prefix: string; type: ValueKind }[];
  /** Panel datasets: the suffixes reshape-from-panel will give (`18`, `19` or day numbers). */
  panelValues: string[] | null;
  /** Panel datasets from import-panel: the dates behind `panelValues`. */
  panelDates: string[] | null;
  /** Names that stand for another variable (`kjonn2019` for `kjonn17897` after reshape-from-panel). */
  aliases: Map<string, string>;
  /** Names whose defining command failed (already reported): using them reports nothing more. */
  poisoned: Set<string>;
}

/** A datastore linked with `require`. */
export interface DatastoreUse {
  alias: string;
  name: string;
  requested: string | null;
  used: string;
  catalog: Catalog | null;
}

/** The state the checker carries from one command to the next. */
export interface Workspace {
  datastores: Map<string, DatastoreUse>;
  datasets: Map<string, DatasetState>;
  current: string | null;
  labelSets: Map<string, { type: ValueKind }>;
  /** False after a command the checker could not follow that may have made datasets. */
  exactDatasets: boolean;
}

/** An empty workspace. */
export function emptyWorkspace(): Workspace {
  return {
    datastores: new Map(),
    datasets: new Map(),
    current: null,
    labelSets: new Map(),
    exactDatasets: true,
  };
}

/** A new dataset with no variables. */
export function newDataset(name: string): DatasetState {
  return {
    name,
    unit: null,
    shape: 'cross-section',
    variables: new Map(),
    exact: true,
    patterns: [],
    panelValues: null,
    panelDates: null,
    aliases: new Map(),
    poisoned: new Set(),
  };
}

/** A deep copy of a dataset under another name. */
export function copyDataset(source: DatasetState, name: string): DatasetState {
  return {
    ...source,
    name,
    variables: new Map([...source.variables].map(([k, v]) => [k, { ...v }])),
    patterns: [...source.patterns],
    panelValues: source.panelValues ? [...source.panelValues] : null,
    panelDates: source.panelDates ? [...source.panelDates] : null,
    aliases: new Map(source.aliases),
    poisoned: new Set(source.poisoned),
  };
}

/** The script type of a catalogue value type. */
export function kindOf(valueType: ValueType): ValueKind {
  return valueType === 'string' ? 'string' : 'number';
}

/** Two unit keys describe the same units. */
export function sameUnit(a: UnitKey, b: UnitKey): boolean {
  if (a.kind === 'unit' && b.kind === 'unit') return a.unitType === b.unitType;
  if (a.kind === 'values' && b.kind === 'values') return a.type === b.type;
  return false;
}

/** How a unit key reads in messages. */
export function describeUnit(u: UnitKey | null): string {
  if (!u) return 'unknown';
  return u.kind === 'unit' ? u.unitType : `values of ${u.variable}`;
}
