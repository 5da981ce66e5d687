import type { DatasetRewrite } from '../dataset-rewrite';

/** A user label set made by `define-labels`: code → label, numeric or string codes. */
export interface LabelSet {
  name: string;
  type: 'number' | 'string';
  entries: { value: number | string; label: string }[];
}

/** A change to the workspace's labels. */
export type LabelChange =
  | { kind: 'define'; set: LabelSet }
  /** Gives `variable` of `dataset` the labels of the user set `labels` (replacing its code list's labels). */
  | { kind: 'assign'; dataset: string; variable: string; labels: string }
  | { kind: 'drop'; names: string[] };

/**
 * What a command asks of the workspace; the runner applies it atomically after the handler returns (rewrites
 * first, then the rest, in the order of the fields below). Analysis commands return nothing and only emit.
 */
export interface StepEffect {
  /** New empty datasets (no units, no unit type yet): `create-dataset`. */
  create?: string[];
  /** Datasets to (re)build from a SELECT; population rules are checked before the swap. */
  rewrites?: DatasetRewrite[];
  /** Rename a dataset (its labels and "in use" follow). */
  renameDataset?: { from: string; to: string };
  /** Datasets to delete. */
  drop?: string[];
  /** Label sets to define, assign or drop. */
  labels?: LabelChange[];
  /** The dataset to use from now on. */
  use?: string;
  /** Empty the whole workspace (`clear`). */
  clear?: boolean;
}
