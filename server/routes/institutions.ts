import { Hono } from 'hono';
import {
  CreateAgreementRequestSchema,
  InstitutionRequestSchema,
  UpdateAgreementRequestSchema,
} from '../../shared/api/admin';
import { IdParamSchema } from '../../shared/api/common';
import { can } from '../access/permissions';
import { apiError, forbidden, notFound } from '../http/api-error';
import type { AppEnv } from '../http/env';
import { jsonBody, paramsOf } from '../http/validate';
import { requirePermission } from '../middleware/require-permission';
import type { Services } from '../services';
import { actorOf } from './auth';

/** `/api/admin/institutions` and `/api/admin/agreements`: operators manage, admins read their own. */
export function institutionRoutes({ institutions, audit }: Services) {
  const app = new Hono<AppEnv>();

  app.get('/institutions', requirePermission('institutions:read'), (c) => {
    const { account } = c.get('auth')!;
    const all = can(account, 'institutions:read', null);
    return c.json({ institutions: institutions.list(all ? undefined : (account.institutionId ?? -1)) });
  });

  app.post('/institutions', requirePermission('institutions:write'), async (c) => {
    const { name } = await jsonBody(c, InstitutionRequestSchema);
    if (institutions.findByName(name)) throw apiError(409, 'name-taken', 'An institution has that name.');
    const created = institutions.create(name);
    audit.record({
      action: 'institution.created',
      actor: actorOf(c.get('auth')!.account),
      targetType: 'institution',
      targetId: created.id,
      details: { name },
    });
    return c.json(created, 201);
  });

  app.patch('/institutions/:id', requirePermission('institutions:write'), async (c) => {
    const { id } = paramsOf(c, IdParamSchema);
    const { name } = await jsonBody(c, InstitutionRequestSchema);
    if (!institutions.get(id)) throw notFound('institution');
    const clash = institutions.findByName(name);
    if (clash && clash.id !== id) throw apiError(409, 'name-taken', 'An institution has that name.');
    const renamed = institutions.rename(id, name);
    audit.record({
      action: 'institution.updated',
      actor: actorOf(c.get('auth')!.account),
      targetType: 'institution',
      targetId: id,
      details: { name },
    });
    return c.json(renamed);
  });

  app.get('/institutions/:id/agreements', requirePermission('agreements:read'), (c) => {
    const { id } = paramsOf(c, IdParamSchema);
    if (!can(c.get('auth')!.account, 'agreements:read', id)) throw forbidden('That is another institution.');
    if (!institutions.get(id)) throw notFound('institution');
    return c.json({ agreements: institutions.agreements(id) });
  });

  app.post('/institutions/:id/agreements', requirePermission('agreements:write'), async (c) => {
    const { id } = paramsOf(c, IdParamSchema);
    const body = await jsonBody(c, CreateAgreementRequestSchema);
    if (!institutions.get(id)) throw notFound('institution');
    const created = institutions.addAgreement(id, body);
    audit.record({
      action: 'agreement.created',
      actor: actorOf(c.get('auth')!.account),
      targetType: 'agreement',
      targetId: created.id,
      details: { institutionId: id, ...body },
    });
    return c.json(created, 201);
  });

  app.patch('/agreements/:id', requirePermission('agreements:write'), async (c) => {
    const { id } = paramsOf(c, IdParamSchema);
    const body = await jsonBody(c, UpdateAgreementRequestSchema);
    const existing = institutions.getAgreement(id);
    if (!existing) throw notFound('agreement');
    const merged = { ...existing, ...body };
    if (merged.validFrom > merged.validTo)
      throw apiError(400, 'invalid-request', 'validFrom must not be after validTo.');
    const updated = institutions.updateAgreement(id, body);
    audit.record({
      action: 'agreement.updated',
      actor: actorOf(c.get('auth')!.account),
      targetType: 'agreement',
      targetId: id,
      details: body,
    });
    return c.json(updated);
  });

  return app;
}
