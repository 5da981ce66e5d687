import type { ColumnInfo, DatasetShape } from './dataset-view';

/**
 * What a data command asks of the workspace: (re)build one dataset from a SELECT over existing tables. The
 * SELECT yields the hidden columns of its shape (`@unit`, `@key`, and `@date` for panels) and one column per
 * entry of `columns`. The runner applies rewrites atomically (build a new table, check the population rules,
 * then swap), so a failing or refused command leaves the workspace as it was.
 */
export interface DatasetRewrite {
  /** The dataset to create or replace. */
  dataset: string;
  select: string;
  columns: ColumnInfo[];
  unitType: string;
  shape: DatasetShape;
  /** True when the set of units may differ from before (keep/drop if, merge that adds units, collapse...): T1 and DIFF apply. */
  changesPopulation: boolean;
}
