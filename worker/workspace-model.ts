import type { DatasetState, UnitKey, Workspace } from '../shared/lang/index';

/** One variable of a dataset as the workspace panel shows it: name, type, labels; never values. */
export interface WorkspaceVariable {
  name: string;
  type: 'number' | 'string';
  valueType: string;
  labels: string | null;
  /** The register variable it came from, if imported. */
  source: string | null;
  /** Set when the values are pseudonymised ids (keys only). */
  keyOf: string | null;
}

/** One dataset of the workspace model. */
export interface WorkspaceDataset {
  name: string;
  /** What a row is: `person`, `values of kommune`, or null before anything is imported. */
  unit: string | null;
  shape: 'cross-section' | 'panel' | 'event';
  variables: WorkspaceVariable[];
}

/** The workspace as the checker sees it after the script: datasets, the one in use, label sets. Plain data. */
export interface WorkspaceModel {
  datasets: WorkspaceDataset[];
  current: string | null;
  labelSets: string[];
  /** `alias -> datastore name@version` for every `require`. */
  datastores: { alias: string; name: string; version: string }[];
}

function unitText(unit: UnitKey | null): string | null {
  if (!unit) return null;
  return unit.kind === 'unit' ? unit.unitType : `values of ${unit.variable}`;
}

function datasetModel(d: DatasetState): WorkspaceDataset {
  return {
    name: d.name,
    unit: unitText(d.unit),
    shape: d.shape,
    variables: [...d.variables.values()].map((v) => ({
      name: v.name,
      type: v.type,
      valueType: v.valueType,
      labels: v.labels,
      source: v.source,
      keyOf: v.pseudonymOf,
    })),
  };
}

/** Turns the checker's workspace (Maps, catalogue objects) into plain data that crosses the worker boundary. */
export function workspaceModel(ws: Workspace): WorkspaceModel {
  return {
    datasets: [...ws.datasets.values()].map(datasetModel),
    current: ws.current,
    labelSets: [...ws.labelSets.keys()],
    datastores: [...ws.datastores.values()].map((d) => ({ alias: d.alias, name: d.name, version: d.used })),
  };
}
