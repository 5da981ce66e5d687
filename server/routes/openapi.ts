import { Hono } from 'hono';
import { apiRoutes } from '../../shared/api/routes';
import type { AppEnv } from '../http/env';
import { buildOpenApi } from '../openapi/build-openapi';

/** `GET /api/openapi.json`, built once from the shared route contracts. */
export function openApiRoutes() {
  const document = buildOpenApi(apiRoutes, { title: 'Registerlab', version: '0.1.0' });
  const app = new Hono<AppEnv>();
  app.get('/api/openapi.json', (c) => c.json(document));
  return app;
}
