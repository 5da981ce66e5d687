import { Hono } from 'hono';
import { apiError } from '../http/api-error';
import type { AppEnv } from '../http/env';
import { requireAuth } from '../middleware/session-auth';
import type { Services } from '../services';
import { actorOf } from './auth';

/** `/api/workspace`: what built my workspace; clear it. */
export function workspaceRoutes({ workspaces, queue, audit }: Services) {
  const app = new Hono<AppEnv>();
  app.use(requireAuth());

  app.get('/', (c) => c.json(workspaces.toApi(workspaces.idFor(c.get('auth')!.account.id))));

  app.delete('/', (c) => {
    const { account } = c.get('auth')!;
    // Clearing under a running job would make its result land in a workspace that no longer exists.
    if (queue.activeFor(account.id) > 0)
      throw apiError(409, 'jobs-active', 'Wait for your jobs to end, or cancel them.');
    const id = workspaces.idFor(account.id);
    workspaces.clear(id);
    audit.record({
      action: 'workspace.cleared',
      actor: actorOf(account),
      targetType: 'workspace',
      targetId: id,
    });
    return c.json(workspaces.toApi(id));
  });

  return app;
}
