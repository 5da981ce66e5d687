import { afterAll, describe, expect, it } from 'vitest';
import { defaultDisclosureConfig } from '../../shared/disclosure/config';
import { TestApp } from '../test-support/test-app';

const t = new TestApp();
const client = t.client();
afterAll(async () => {
  t.scanner.assertClean();
  await t.close();
});

describe('public disclosure rules page', () => {
  it('serves the rules as Markdown without login, Norwegian by default, English on request', async () => {
    const nb = await client.get('/api/disclosure/rules');
    expect(nb.status).toBe(200);
    expect(nb.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(nb.headers.get('content-language')).toBe('nb');
    const en = await client.get('/api/disclosure/rules?lang=en');
    expect(en.status).toBe(200);
    expect(en.text).not.toBe(nb.text);
    // Thresholds from the configuration the gate applies, as the page prints them in each language.
    expect(en.text).toContain(
      `at least ${defaultDisclosureConfig.population.minUnits.toLocaleString('en')} units`,
    );
    expect(nb.text).toMatch(/minst 1\s000 enheter/);
    for (const rule of ['T1', 'T2', 'T5', 'T6', 'T7', 'T8', 'P1', 'L1', 'CK', 'DIFF', 'MODEL', 'BUDGET'])
      expect(en.text).toContain(rule);
  });

  it('matches the committed snapshots of the page', async () => {
    const fs = await import('node:fs/promises');
    const path = await import('node:path');
    const dir = path.resolve(import.meta.dirname, '../../shared/disclosure/__snapshots__');
    for (const lang of ['nb', 'en'] as const) {
      const page = (await client.get(`/api/disclosure/rules?lang=${lang}`)).text;
      expect(page).toBe(await fs.readFile(path.join(dir, `rules-page.${lang}.md`), 'utf8'));
    }
  });

  it('answers 400 for an unknown language', async () => {
    const res = await client.get('/api/disclosure/rules?lang=de');
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid-request' });
  });
});
