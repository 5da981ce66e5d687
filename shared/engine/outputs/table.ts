import { z } from 'zod';
import { LocalizedTextSchema } from '../../datastore/manifest';
import { CellSchema } from './cell';

/** A column of a published table: a stable key and its heading. */
export const TableColumnSchema = z.object({ key: z.string(), label: z.string() });

/** A row: its heading (one part per row dimension, null for a total) and one cell per column. */
export const TableRowSchema = z.object({
  header: z.array(z.string().nullable()),
  cells: z.array(CellSchema),
});

/**
 * A published table, generic enough for frequency and cross tables, summaries, correlations, tests and
 * model coefficients, so the web app renders every table the same way.
 */
export const PublishedTableSchema = z.object({
  title: z.string(),
  /** Names of the row dimensions (the variables down the side), in order. */
  rowDimensions: z.array(z.string()),
  columns: z.array(TableColumnSchema),
  rows: z.array(TableRowSchema),
  /** Notes to show below the table: which rules changed numbers, reference categories, ... */
  notes: z.array(LocalizedTextSchema),
});
/** A published table. */
export type PublishedTable = z.infer<typeof PublishedTableSchema>;
