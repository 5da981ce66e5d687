import { z } from 'zod';
import { TimestampSchema } from './common';

/** One append-only audit record. */
export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: TimestampSchema,
  action: z.string(),
  actorId: z.number().int().nullable(),
  actorUsername: z.string().nullable(),
  institutionId: z.number().int().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** Filters of `GET /api/admin/audit` and its export; `before` pages backwards by id. */
export const AuditQuerySchema = z.object({
  action: z.string().max(100).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  institutionId: z.coerce.number().int().positive().optional(),
  targetType: z.string().max(50).optional(),
  targetId: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

/** `GET /api/admin/audit` answer: newest first; pass `nextBefore` as `before` for the next page. */
export const AuditListResponseSchema = z.object({
  entries: z.array(AuditEntrySchema),
  nextBefore: z.number().int().nullable(),
});

/** `GET /api/admin/audit/export` query: the same filters (without paging) and a format. */
export const AuditExportQuerySchema = AuditQuerySchema.omit({ before: true, limit: true }).extend({
  format: z.enum(['jsonl', 'csv']).default('jsonl'),
});
