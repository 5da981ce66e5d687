import type { DisclosureConfig } from '../disclosure/config';
import type { TypedExpr } from '../lang/plan';
import type { SqlDatabase } from '../sql/database';
import type { LabelSet } from './commands/effect';
import type { DatasetView } from './dataset-view';
import type { DatastoreSource } from './datastore-source';
import type { RawOutput } from './protect/registry';

/** Read access to the workspace for commands that do not change it. */
export interface WorkspaceReader {
  /** The dataset in use; throws an engine error when there is none. */
  inUse(): DatasetView;
  /** A dataset by name; throws an engine error when it does not exist. */
  get(name: string): DatasetView;
  /** Every dataset, in creation order. */
  all(): readonly DatasetView[];
  /** A user label set made by `define-labels`, or undefined (optional for hand-made readers). */
  labelSet?(name: string): LabelSet | undefined;
}

/**
 * What a command handler gets: the database, the datastore, the disclosure settings, the workspace, the
 * expression compiler, and `emit`, the only way to produce output: it sends a raw result through the gate.
 */
export interface EngineContext {
  db: SqlDatabase;
  source: DatastoreSource;
  disclosure: DisclosureConfig;
  workspace: WorkspaceReader;
  /** SQL for a typed expression over the columns of `view` (microdata.no missing-value semantics). */
  sqlOf(expr: TypedExpr, view: DatasetView): string;
  /** Passes a raw result through the disclosure gate and appends what it releases to the run's outputs. */
  emit(raw: RawOutput): void;
  signal: AbortSignal;
}
