import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from './env';

/**
 * Serves the built web app from `dir`, with `index.html` for any other GET outside /api, so the
 * single-page app's own routes survive a reload.
 */
export function staticAppRoutes(dir: string) {
  const root = path.resolve(dir);
  const app = new Hono<AppEnv>();
  app.use('/assets/*', async (c, next) => {
    await next();
    // Vite puts a content hash in every asset name, so they never change.
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/*', serveStatic({ root }));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/metrics') return next();
    return serveStatic({ root, path: 'index.html' })(c, next);
  });
  return app;
}
