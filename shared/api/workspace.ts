import { z } from 'zod';
import { TimestampSchema } from './common';

/** `GET /api/workspace`: what built the user's workspace, and whether it must be rebuilt by replay. */
export const WorkspaceSchema = z.object({
  needsRebuild: z.boolean(),
  /** The jobs whose scripts built the workspace, oldest first; a rebuild replays them in this order. */
  history: z.array(
    z.object({ jobId: z.string(), appliedSteps: z.number().int(), finishedAt: TimestampSchema }),
  ),
  /** Datasets and variables as the engine last described them (protected counts only), or null. */
  summary: z.unknown().nullable(),
  updatedAt: TimestampSchema,
});
export type Workspace = z.infer<typeof WorkspaceSchema>;
