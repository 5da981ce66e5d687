import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUnitIdLeaks, loadUnitIds, type UnitIdSet } from '../attacks/support/unit-id-scanner';
import { testDatastoreDir } from '../fixtures/datastore';
import { launchRecordingBrowser, type RecordingBrowser, screenshot } from './support/browser';
import { E2E_PASSWORD, type LiveServer, startLiveServer } from './support/live-server';

const UI_TIMEOUT = 60_000;

const scriptWithError = [
  'require no.ssb.fdb:1 as db',
  'create-dataset personer',
  'import db/BEFOLKNING_KJOENN as kjonn',
  'import db/BEFOLKNING_FOEDSELS_AAR_MND as faarmnd',
  'generate alder = 2020 - int(faarmnd / 100)',
  'tabulate kjon',
  'histogram alder',
].join('\n');

let server: LiveServer;
let browser: RecordingBrowser;
let page: Page;
let ids: UnitIdSet;

/**
 * Municipality "unit ids" are the public municipality numbers (301 is Oslo) and rightly appear in code lists
 * and descriptions; every other unit type has pseudonymous 19-digit ids. Keep only those.
 */
function withoutPublicCodes(all: UnitIdSet): UnitIdSet {
  const exact = new Set([...all.exact].filter((id) => id.replace('-', '').length >= 10));
  return { exact, rounded: new Set([...exact].map((id) => String(Number(id)))), size: exact.size };
}

/** The editor's text as CodeMirror holds it. */
const editorText = async () => (await page.locator('.cm-line').allTextContents()).join('\n');

/** The visible text of an element ('' while it is missing). */
const text = async (locator: Locator) => (await locator.textContent()) ?? '';

beforeAll(async () => {
  let all: UnitIdSet;
  [server, all] = await Promise.all([startLiveServer(), loadUnitIds(testDatastoreDir())]);
  ids = withoutPublicCodes(all);
  browser = await launchRecordingBrowser();
  page = browser.page;
  page.setDefaultTimeout(UI_TIMEOUT);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the workbench in live mode, end to end in Chromium', { timeout: 360_000 }, () => {
  it('signs in and accepts the terms', async () => {
    await page.goto(server.url);
    await page.getByLabel('Brukernavn').fill('demo-researcher');
    await page.getByLabel('Passord').fill(E2E_PASSWORD);
    await screenshot(page, '01-login');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    const accept = page.getByRole('button', { name: 'Jeg godtar vilkårene' });
    const editor = page.locator('.cm-content');
    await expect
      .poll(async () => (await accept.isVisible()) || (await editor.isVisible()), { timeout: UI_TIMEOUT })
      .toBe(true);
    if (await accept.isVisible()) {
      await screenshot(page, '02-terms');
      await accept.click();
    }
    await editor.waitFor();
    await screenshot(page, '03-workbench');
  });

  it('switches between Norwegian and English', async () => {
    await page.getByRole('button', { name: 'Kjør alt' }).waitFor();
    await page.getByRole('button', { name: 'Språk' }).click();
    await page.getByRole('button', { name: 'Run all' }).waitFor();
    await screenshot(page, '04-english');
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('button', { name: 'Kjør alt' }).waitFor();
  });

  it('underlines an error while typing, completes commands, and clears the error once fixed', async () => {
    await page.locator('.cm-content').click();
    await page.keyboard.insertText(scriptWithError);
    const underline = page.locator('.cm-lintRange-error');
    await underline.first().waitFor();
    expect(await underline.count()).toBe(1);
    await expect.poll(() => text(page.getByTestId('check-status'))).toContain('1 feil');
    await expect.poll(() => text(page.locator('.diagnostics'))).toContain('Mente du kjonn?');
    await screenshot(page, '05-error-underlined');

    // Completion offers commands at the start of a line.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('tabu');
    await page.locator('.cm-tooltip-autocomplete').getByText('tabulate', { exact: true }).waitFor();
    await screenshot(page, '06-completion');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');

    // Jump to the error from the list, then fix it.
    await page.locator('.diagnostics button').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type('n');
    await expect.poll(() => underline.count()).toBe(0);
    await expect.poll(() => text(page.getByTestId('check-status'))).toContain('Ingen feil');
    expect(await editorText()).toContain('tabulate kjonn');
    await screenshot(page, '07-error-fixed');
  });

  it('shows the workspace the script builds: datasets and variables, never rows', async () => {
    await page.getByRole('tab', { name: 'Arbeidsområde' }).click();
    const panel = page.getByTestId('workspace-datasets');
    await expect.poll(() => text(panel)).toContain('personer');
    for (const name of ['kjonn', 'faarmnd', 'alder']) expect(await text(panel)).toContain(name);
  });

  it('runs the script live and renders its outputs as they arrive', async () => {
    await page.getByRole('button', { name: 'Kjør alt' }).click();
    const status = page.getByTestId('run-status');
    await expect
      .poll(() => status.getAttribute('class'), { timeout: 300_000 })
      .toMatch(/succeeded|failed|cancelled|rejected|unreachable/);
    await screenshot(page, '08-run-finished');
    const state = (await status.getAttribute('class')) ?? '';
    if (state.includes('failed') && (await text(status)).includes('engine')) {
      // The engine is not wired into the server yet: the failure must be shown, with no outputs.
      expect(await page.getByTestId('outputs').count()).toBe(0);
      return;
    }
    expect(state).toContain('succeeded');
    const table = page.getByTestId('result-table').first();
    await table.waitFor();
    expect(await text(table)).toMatch(/kjonn/i);
    const chart = page.getByTestId('result-chart').first();
    await chart.waitFor();
    await expect.poll(() => chart.locator('canvas').count()).toBeGreaterThan(0);
    await screenshot(page, '09-table-and-chart');
  });

  it('browses the catalogue and inserts an import line for a variable', async () => {
    await page.getByRole('tab', { name: 'Katalog' }).click();
    await page.getByLabel('Søk i variabler').fill('sivilstand');
    const hits = page.getByTestId('catalogue-hits');
    await hits.locator('button').first().waitFor();
    await screenshot(page, '10-catalogue-search');
    const name = (await text(hits.locator('button code').first())).trim();
    await hits.locator('button').first().click();
    const detail = page.getByTestId('variable-detail');
    await detail.getByText(name).first().waitFor();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await detail.getByRole('button', { name: 'Sett inn import-linje' }).click();
    await expect.poll(editorText).toMatch(new RegExp(`import(-event)? db/${name}\\b`));
    await screenshot(page, '11-import-inserted');
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBe(0);
  });

  it('sent the browser no unit-level data: no unit id in any response body', async () => {
    await browser.settle();
    const api = browser.responses.filter((r) => new URL(r.url).pathname.startsWith('/api/'));
    // The recording covers the page, the worker's catalogue fetches and the job's event stream.
    expect(api.some((r) => r.url.includes('/api/catalog/datastores/no.ssb.fdb/manifest'))).toBe(true);
    expect(api.some((r) => r.url.includes('/api/jobs'))).toBe(true);
    expect(ids.size).toBeGreaterThan(10_000);
    const leaks = browser.responses.flatMap((r) =>
      findUnitIdLeaks(r.body, ids)
        // Hidden column names may appear in the app's own code (the practice engine's SQL), never in data.
        .filter((leak) => leak.kind === 'unit-id' || new URL(r.url).pathname.startsWith('/api/'))
        .map((leak) => `${r.url}: ${leak.kind} ${leak.text}`),
    );
    expect(leaks).toEqual([]);
  });
});
