import type { ValueType } from '../datastore/manifest';

/** A user variable of a workspace dataset: its column (same name as the variable) and what it holds. */
export interface ColumnInfo {
  name: string;
  valueType: ValueType;
  /** The code list its values come from (labels), or null. */
  codeList: string | null;
  /** The unit type whose ids it holds, for pseudonymised ids (merge and collapse keys only). */
  pseudonymOf: string | null;
}

/** How rows relate to units: one per unit, one per unit and date (panel), or one per spell (events). */
export type DatasetShape = 'units' | 'panel' | 'events';

/**
 * Read-only view of one workspace dataset, enough for analysis commands to build SQL. The table has the
 * hidden columns of `hidden-columns.ts` plus one column per variable, named exactly like the variable.
 */
export interface DatasetView {
  name: string;
  /** The quoted SQL name of the table holding the dataset. */
  table: string;
  unitType: string;
  shape: DatasetShape;
  /** User variables in display order. */
  columns: readonly ColumnInfo[];
  /** Labels of a variable (code → label) from its code list or `assign-labels`, or null when it has none. */
  labelsOf(variable: string): ReadonlyMap<string, string> | null;
}
