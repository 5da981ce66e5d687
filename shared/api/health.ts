import { z } from 'zod';

/** `GET /api/health` answer. */
export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  uptimeSeconds: z.number(),
  database: z.enum(['ok', 'error']),
  datastores: z.number().int(),
  jobs: z.object({ queued: z.number().int(), running: z.number().int() }),
});
export type Health = z.infer<typeof HealthSchema>;
