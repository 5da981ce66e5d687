import { Hono } from 'hono';
import { IdParamSchema } from '../../shared/api/common';
import {
  CreateScriptRequestSchema,
  ScriptVersionParamsSchema,
  UpdateScriptRequestSchema,
} from '../../shared/api/scripts';
import { notFound } from '../http/api-error';
import type { AppEnv } from '../http/env';
import { jsonBody, paramsOf } from '../http/validate';
import { requirePermission } from '../middleware/require-permission';
import { ScriptStore } from '../scripts/script-store';
import type { Services } from '../services';
import { actorOf } from './auth';

/** `/api/scripts`: a user's saved scripts with versions. Only the owner sees a script. */
export function scriptRoutes({ db, clock, audit }: Services) {
  const store = new ScriptStore(db, clock);
  const app = new Hono<AppEnv>();
  app.use(requirePermission('script:save'));
  const userOf = (c: { get(key: 'auth'): AppEnv['Variables']['auth'] }) => c.get('auth')!.account;

  app.get('/', (c) => c.json({ scripts: store.list(userOf(c).id) }));

  app.post('/', async (c) => {
    const account = userOf(c);
    const { name, text } = await jsonBody(c, CreateScriptRequestSchema);
    const created = store.create(account.id, name, text);
    audit.record({
      action: 'script.saved',
      actor: actorOf(account),
      targetType: 'script',
      targetId: created.id,
      details: { version: 1, name },
    });
    return c.json(created, 201);
  });

  app.get('/:id', (c) => {
    const { id } = paramsOf(c, IdParamSchema);
    const script = store.get(userOf(c).id, id);
    if (!script) throw notFound('script');
    return c.json(script);
  });

  app.put('/:id', async (c) => {
    const account = userOf(c);
    const { id } = paramsOf(c, IdParamSchema);
    const body = await jsonBody(c, UpdateScriptRequestSchema);
    if (!store.get(account.id, id)) throw notFound('script');
    const version = store.update(account.id, id, body);
    audit.record({
      action: 'script.saved',
      actor: actorOf(account),
      targetType: 'script',
      targetId: id,
      details: { version, name: body.name },
    });
    return c.json(store.get(account.id, id)!);
  });

  app.delete('/:id', (c) => {
    const account = userOf(c);
    const { id } = paramsOf(c, IdParamSchema);
    if (!store.delete(account.id, id)) throw notFound('script');
    audit.record({ action: 'script.deleted', actor: actorOf(account), targetType: 'script', targetId: id });
    return c.json({ ok: true as const });
  });

  app.get('/:id/versions/:version', (c) => {
    const { id, version } = paramsOf(c, ScriptVersionParamsSchema);
    const found = store.version(userOf(c).id, id, version);
    if (!found) throw notFound('script version');
    return c.json(found);
  });

  return app;
}
