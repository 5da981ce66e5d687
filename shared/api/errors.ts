import { z } from 'zod';

/** The body of every error answer: a human message, a stable kebab-case code, optional details. */
export const ApiErrorSchema = z
  .object({
    error: z.string(),
    code: z.string(),
    details: z.unknown().optional(),
  })
  .meta({ id: 'ApiError' });
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** A script diagnostic as the compiler in `shared/lang` reports it (plain data, span in UTF-16 offsets). */
export const DiagnosticSchema = z
  .object({
    code: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    message_nb: z.string(),
    message_en: z.string(),
    span: z.object({ start: z.number().int(), end: z.number().int() }),
  })
  .meta({ id: 'Diagnostic' });

/** 422 answer to a script the server's own compiler rejects. */
export const ScriptRejectedSchema = ApiErrorSchema.extend({
  code: z.literal('script-rejected'),
  diagnostics: z.array(DiagnosticSchema),
}).meta({ id: 'ScriptRejected' });
export type ScriptRejected = z.infer<typeof ScriptRejectedSchema>;
