import { z } from 'zod';
import { TimestampSchema } from './common';

/** A saved script without its text, for lists. */
export const ScriptSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  latestVersion: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type ScriptSummary = z.infer<typeof ScriptSummarySchema>;

/** `GET /api/scripts/:id`: the latest text and the list of versions. */
export const ScriptDetailSchema = ScriptSummarySchema.extend({
  text: z.string(),
  versions: z.array(z.object({ version: z.number().int(), createdAt: TimestampSchema })),
});
export type ScriptDetail = z.infer<typeof ScriptDetailSchema>;

/** `GET /api/scripts/:id/versions/:version`. */
export const ScriptVersionSchema = z.object({
  scriptId: z.number().int(),
  version: z.number().int(),
  text: z.string(),
  createdAt: TimestampSchema,
});

/** `GET /api/scripts/:id/versions/:version` path. */
export const ScriptVersionParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});

/** `GET /api/scripts` answer. */
export const ScriptListResponseSchema = z.object({ scripts: z.array(ScriptSummarySchema) });

const ScriptNameSchema = z.string().trim().min(1).max(200);
const ScriptTextSchema = z.string().max(1_000_000);

/** `POST /api/scripts` body: creates version 1. */
export const CreateScriptRequestSchema = z.object({ name: ScriptNameSchema, text: ScriptTextSchema });

/** `PUT /api/scripts/:id` body: a changed text makes a new version; a new name renames. */
export const UpdateScriptRequestSchema = z
  .object({ name: ScriptNameSchema.optional(), text: ScriptTextSchema.optional() })
  .refine((v) => v.name !== undefined || v.text !== undefined, 'nothing to change');
