import { z } from 'zod';
import { LocalizedTextSchema } from '../datastore/manifest';
import { PublishedChartSchema } from './outputs/chart';
import { PublishedTableSchema } from './outputs/table';

const envelope = {
  /** 1-based line of the command in the script. */
  line: z.number().int().positive(),
  /** The command that produced it, e.g. `tabulate`. */
  command: z.string(),
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
};

/** A disclosure decision that blocked a command or an output, explained without the protected number. */
const refusal = z.object({
  ...envelope,
  kind: z.literal('refusal'),
  rule: z.string(),
  code: z.string(),
  message: LocalizedTextSchema,
});

/**
 * One result of a script run, after the disclosure gate: a table, a chart, text (help, textblocks, label
 * lists), a notice (a command that changed the workspace and says so), a refusal, or the error that stopped
 * the script. The web app and the server import this schema; nothing else leaves the engine.
 */
export const OutputSchema = z.discriminatedUnion('kind', [
  z.object({ ...envelope, kind: z.literal('table'), table: PublishedTableSchema }),
  z.object({ ...envelope, kind: z.literal('chart'), title: z.string(), chart: PublishedChartSchema }),
  z.object({ ...envelope, kind: z.literal('text'), format: z.enum(['plain', 'markdown']), text: z.string() }),
  z.object({ ...envelope, kind: z.literal('notice'), message: LocalizedTextSchema }),
  refusal,
  z.object({ ...envelope, kind: z.literal('error'), code: z.string(), message: LocalizedTextSchema }),
]);
/** One published result of a script run. */
export type Output = z.infer<typeof OutputSchema>;
/** The kinds of output. */
export type OutputKind = Output['kind'];
