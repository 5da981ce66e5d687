import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { repoRoot } from '../../../server/config/paths';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** One network response the browser received. */
export interface SeenResponse {
  url: string;
  status: number;
  contentType: string;
  body: string;
}

/** A headless Chromium on a fresh profile that records every response body it receives. */
export interface RecordingBrowser {
  context: BrowserContext;
  page: Page;
  responses: SeenResponse[];
  /** Waits until every response body seen so far has been read. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** Launches Chromium (headless, fresh profile) and records all responses of the page and its workers. */
export async function launchRecordingBrowser(): Promise<RecordingBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'registerlab-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    viewport: { width: 1440, height: 900 },
    locale: 'nb-NO',
    args: ['--no-sandbox'],
  });
  const responses: SeenResponse[] = [];
  const pending = new Set<Promise<void>>();
  context.on('response', (response) => {
    const read = response
      .body()
      .then((body) => {
        responses.push({
          url: response.url(),
          status: response.status(),
          contentType: response.headers()['content-type'] ?? '',
          body: body.toString('latin1'),
        });
      })
      .catch(() => {}) // redirects and aborted streams have no body
      .finally(() => pending.delete(read));
    pending.add(read);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    responses,
    settle: async () => {
      while (pending.size) await Promise.all([...pending]);
    },
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Where screenshots of the end-to-end steps go (gitignored). */
export const ARTIFACTS = path.join(repoRoot, 'test-artifacts', 'e2e');

/** Saves a full-page screenshot of the current step. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}
