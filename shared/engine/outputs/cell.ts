import { z } from 'zod';

/** How a number is meant to be shown: counts and integers without decimals, percents with a % sign. */
export const CellFormatSchema = z.enum(['count', 'integer', 'number', 'percent', 'date']);

/**
 * One published number. `value` is null when a rule suppressed it; `rule` names the disclosure rule that
 * produced or suppressed it (CK for perturbed counts, MAG for sums, T8 for rounded percentiles, EXACT for
 * model estimates that are shown as computed), and `code` the message code of a suppression.
 */
export const CellSchema = z.object({
  value: z.number().nullable(),
  format: CellFormatSchema,
  rule: z.string(),
  code: z.string().optional(),
});
/** One published number. */
export type Cell = z.infer<typeof CellSchema>;
/** How a cell is formatted. */
export type CellFormat = z.infer<typeof CellFormatSchema>;
