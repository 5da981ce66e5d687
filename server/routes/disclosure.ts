import { Hono } from 'hono';
import { DisclosureRulesQuerySchema } from '../../shared/api/disclosure';
import { type DisclosureConfig, defaultDisclosureConfig } from '../../shared/disclosure/config';
import { renderRulesPage } from '../../shared/disclosure/rules-page';
import type { AppEnv } from '../http/env';
import { queryOf } from '../http/validate';

/** `/api/disclosure`: the public rules page, rendered from the same configuration the gate applies. */
export function disclosureRoutes(config: DisclosureConfig = defaultDisclosureConfig) {
  const pages = { nb: renderRulesPage(config, 'nb'), en: renderRulesPage(config, 'en') };
  const app = new Hono<AppEnv>();
  app.get('/rules', (c) => {
    const { lang } = queryOf(c, DisclosureRulesQuerySchema);
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Language', lang);
    return c.body(pages[lang], 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
  });
  return app;
}
