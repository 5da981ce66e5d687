import { Hono } from 'hono';
import { AcceptTermsRequestSchema, PublishTermsRequestSchema } from '../../shared/api/auth';
import { apiError, notFound } from '../http/api-error';
import type { AppEnv } from '../http/env';
import { jsonBody } from '../http/validate';
import { requirePermission } from '../middleware/require-permission';
import { requireAuth } from '../middleware/session-auth';
import type { Services } from '../services';
import { actorOf } from './auth';

/** `/api/terms` and `/api/admin/terms`: read, accept and publish the end-user terms. */
export function termsRoutes({ terms, audit }: Services) {
  const app = new Hono<AppEnv>();

  app.get('/terms', (c) => {
    const current = terms.current();
    if (!current) throw notFound('terms');
    return c.json(current);
  });

  app.post('/terms/accept', requireAuth(), async (c) => {
    const { account } = c.get('auth')!;
    const { version } = await jsonBody(c, AcceptTermsRequestSchema);
    const current = terms.current();
    if (!current || current.version !== version) {
      throw apiError(
        409,
        'terms-outdated',
        'That is not the current version of the terms; read them again.',
        {
          currentVersion: current?.version ?? null,
        },
      );
    }
    terms.accept(account.id, version);
    audit.record({
      action: 'terms.accepted',
      actor: actorOf(account),
      targetType: 'terms',
      targetId: version,
    });
    return c.json({ ok: true as const });
  });

  app.post('/admin/terms', requirePermission('terms:publish'), async (c) => {
    const { account } = c.get('auth')!;
    const body = await jsonBody(c, PublishTermsRequestSchema);
    const published = terms.publish(body.textNb, body.textEn);
    audit.record({
      action: 'terms.published',
      actor: actorOf(account),
      targetType: 'terms',
      targetId: published.version,
    });
    return c.json(published, 201);
  });

  return app;
}
