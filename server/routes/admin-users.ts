import { Hono } from 'hono';
import {
  CreateUserRequestSchema,
  UpdateUserRequestSchema,
  UserListQuerySchema,
} from '../../shared/api/admin';
import { IdParamSchema } from '../../shared/api/common';
import { type Actor, can, canManageAccount } from '../access/permissions';
import type { Account } from '../accounts/users';
import { generatePassword } from '../auth/passwords';
import { apiError, forbidden, notFound } from '../http/api-error';
import type { AppEnv } from '../http/env';
import { jsonBody, paramsOf, queryOf } from '../http/validate';
import { requirePermission } from '../middleware/require-permission';
import type { Services } from '../services';
import { actorOf } from './auth';

/** `/api/admin/users`: institution admins manage their own institution's accounts; operators any. */
export function adminUserRoutes(services: Services) {
  const { users, institutions, sessions, audit } = services;
  const app = new Hono<AppEnv>();

  /** The account, if the actor may see it at all; another institution's accounts are forbidden. */
  const visibleAccount = (actor: Actor, id: number, action: 'users:read' | 'users:write'): Account => {
    const account = users.get(id);
    if (!account) throw notFound('account');
    if (!can(actor, action, account.institutionId))
      throw forbidden('That account belongs to another institution.');
    return account;
  };

  app.get('/', requirePermission('users:read'), (c) => {
    const { account: actor } = c.get('auth')!;
    const { institutionId } = queryOf(c, UserListQuerySchema);
    const scope = institutionId ?? (can(actor, 'users:read', null) ? null : actor.institutionId);
    if (!can(actor, 'users:read', scope)) throw forbidden('That is another institution.');
    return c.json({ users: users.toApi(users.list(scope)) });
  });

  app.post('/', requirePermission('users:write'), async (c) => {
    const { account: actor } = c.get('auth')!;
    const body = await jsonBody(c, CreateUserRequestSchema);
    const institutionId = body.institutionId ?? actor.institutionId;
    if (!can(actor, 'users:write', institutionId))
      throw forbidden('You may only add accounts to your own institution.');
    if (!canManageAccount(actor, [], body.roles)) throw forbidden('You may not grant those roles.');
    if (institutionId !== null && !institutions.get(institutionId)) throw notFound('institution');
    if (users.findByUsername(body.username)) throw apiError(409, 'username-taken', 'That username is taken.');
    const password = body.password ?? generatePassword();
    const created = await users.create({ ...body, institutionId, password });
    audit.record({
      action: 'user.created',
      actor: actorOf(actor),
      targetType: 'user',
      targetId: created.id,
      details: { username: created.username, roles: created.roles, institutionId },
    });
    return c.json({ user: users.toApi([created])[0]!, password: body.password ? null : password }, 201);
  });

  app.get('/:id', requirePermission('users:read'), (c) => {
    const { id } = paramsOf(c, IdParamSchema);
    return c.json(users.toApi([visibleAccount(c.get('auth')!.account, id, 'users:read')])[0]!);
  });

  app.patch('/:id', requirePermission('users:write'), async (c) => {
    const { account: actor } = c.get('auth')!;
    const { id } = paramsOf(c, IdParamSchema);
    const target = visibleAccount(actor, id, 'users:write');
    const body = await jsonBody(c, UpdateUserRequestSchema);
    if (!canManageAccount(actor, target.roles, body.roles ?? []))
      throw forbidden('You may not change this account that way.');
    if (target.id === actor.id && (body.disabled || body.roles)) {
      throw apiError(409, 'own-account', 'You cannot disable yourself or change your own roles.');
    }
    const updated = users.update(id, body);
    if (body.disabled) sessions.destroyForUser(id);
    audit.record({
      action: 'user.updated',
      actor: actorOf(actor),
      targetType: 'user',
      targetId: id,
      details: body,
    });
    return c.json(users.toApi([updated])[0]!);
  });

  app.post('/:id/password', requirePermission('users:write'), async (c) => {
    const { account: actor } = c.get('auth')!;
    const { id } = paramsOf(c, IdParamSchema);
    const target = visibleAccount(actor, id, 'users:write');
    if (!canManageAccount(actor, target.roles)) throw forbidden('You may not reset this account.');
    const password = generatePassword();
    await users.setPassword(id, password);
    sessions.destroyForUser(id);
    audit.record({ action: 'user.password.reset', actor: actorOf(actor), targetType: 'user', targetId: id });
    return c.json({ user: users.toApi([target])[0]!, password });
  });

  return app;
}
