import { z } from 'zod';

/** A calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');

/** A point in time as an ISO 8601 string in UTC. */
export const TimestampSchema = z.string().meta({ format: 'date-time' });

/** A positive integer id in a path, e.g. `/api/admin/users/:id`. */
export const IdParamSchema = z.object({ id: z.coerce.number().int().positive() });

/** A string id in a path, e.g. `/api/jobs/:id`. */
export const StringIdParamSchema = z.object({ id: z.string().min(1).max(100) });

/** Empty success answer for actions that have nothing to return. */
export const OkSchema = z.object({ ok: z.literal(true) });
