import { createMiddleware } from 'hono/factory';
import { type Action, can } from '../access/permissions';
import { forbidden, notSignedIn } from '../http/api-error';
import type { AppEnv } from '../http/env';

/**
 * Refuses accounts whose roles give no reach at all for the action. Routes that touch one
 * institution's things check the target with `can(actor, action, institutionId)` as well.
 */
export function requirePermission(action: Action) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const auth = c.get('auth');
    if (!auth) throw notSignedIn();
    if (!can(auth.account, action)) throw forbidden();
    await next();
  });
}
