import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, runServer } from '../../server/cli/run-server';
import { repoRoot } from '../../server/config/paths';
import { findUnitIdLeaks, loadUnitIds, type UnitIdSet } from '../attacks/support/unit-id-scanner';
import { testDatastoreDir } from '../fixtures/datastore';
import { launchRecordingBrowser, type RecordingBrowser, screenshot } from './support/browser';
import { E2E_PASSWORD, type LiveServer, startLiveServer } from './support/live-server';
import { OUTPUT_SCRIPT, publishedOutputsExecutor } from './support/published-outputs';

const UI_TIMEOUT = 60_000;

/** Polls UI state with a generous timeout (the default of one second is too short on a busy machine). */
const poll = <T>(read: () => Promise<T> | T, timeout = UI_TIMEOUT) =>
  expect.poll(read, { timeout, interval: 100 });

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
    await poll(async () => (await accept.isVisible()) || (await editor.isVisible())).toBe(true);
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
    await poll(() => text(page.getByTestId('check-status'))).toContain('1 feil');
    await poll(() => text(page.locator('.diagnostics'))).toContain('Mente du kjonn?');
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
    await poll(() => underline.count()).toBe(0);
    await poll(() => text(page.getByTestId('check-status'))).toContain('Ingen feil');
    expect(await editorText()).toContain('tabulate kjonn');
    await screenshot(page, '07-error-fixed');
  });

  it('shows the workspace the script builds: datasets and variables, never rows', async () => {
    await page.getByRole('tab', { name: 'Arbeidsområde' }).click();
    const panel = page.getByTestId('workspace-datasets');
    await poll(() => text(panel)).toContain('personer');
    for (const name of ['kjonn', 'faarmnd', 'alder']) expect(await text(panel)).toContain(name);
  });

  it('runs the script live and renders its outputs as they arrive', async () => {
    await page.getByRole('button', { name: 'Kjør alt' }).click();
    const status = page.getByTestId('run-status');
    await poll(() => status.getAttribute('class'), 300_000).toMatch(
      /succeeded|failed|cancelled|rejected|unreachable/,
    );
    await screenshot(page, '08-run-finished');
    expect(await status.getAttribute('class')).toContain('succeeded');
    const table = page.getByTestId('result-table').first();
    await table.waitFor();
    expect(await text(table)).toMatch(/kjonn/i);
    const chart = page.getByTestId('result-chart').first();
    await chart.waitFor();
    await poll(() => chart.locator('canvas').count()).toBeGreaterThan(0);
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
    await poll(editorText).toMatch(new RegExp(`import(-event)? db/${name}\\b`));
    await screenshot(page, '11-import-inserted');
    await poll(() => page.locator('.cm-lintRange-error').count()).toBe(0);
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

describe('practice mode: the same script in the browser on synthetic data', { timeout: 360_000 }, () => {
  it('switches to practice mode with a banner and runs the script without the job API', async () => {
    const jobsBefore = browser.responses.filter((r) => r.url.includes('/api/jobs')).length;
    await page.getByRole('tab', { name: 'Arbeidsområde' }).click();
    await page.getByLabel('Øvingsmodus').check();
    await page.getByTestId('practice-banner').waitFor();
    await page.getByRole('button', { name: 'Kjør alt' }).click();
    const status = page.getByTestId('run-status');
    await poll(() => status.getAttribute('class'), 300_000).toMatch(/succeeded|failed|rejected|unreachable/);
    await screenshot(page, '13-practice-run');
    expect((await text(status)).trim()).toBe('Ferdig');
    expect(await text(page.getByTestId('result-table').first())).toMatch(/kjonn/i);
    await poll(() => page.getByTestId('result-chart').first().locator('canvas').count()).toBeGreaterThan(0);
    expect(browser.responses.filter((r) => r.url.includes('/api/jobs')).length).toBe(jobsBefore);
    await page.getByLabel('Øvingsmodus').uncheck();
  });
});

describe('the output panel with published outputs of every kind', { timeout: 360_000 }, () => {
  // The engine seam (JobExecutor) replaced by one that publishes known outputs, so the panel is checked
  // against independently written values whatever the engine computes.
  let fixture: RunningServer;
  let dir = '';
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registerlab-e2e-outputs-'));
    process.env.REGISTERLAB_DEMO_PASSWORD = E2E_PASSWORD;
    fixture = await runServer({
      datastoreDirs: [testDatastoreDir()],
      port: 0,
      host: '127.0.0.1',
      dbFile: path.join(dir, 'registerlab.sqlite'),
      staticDir: path.join(repoRoot, 'dist', 'web'),
      executor: publishedOutputsExecutor,
      print: () => {},
      logger: { info: () => {}, warn: () => {}, error: () => {} },
    });
  }, 120_000);
  afterAll(async () => {
    await fixture?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('renders tables with suppressed cells explained, charts, refusals and errors that jump to their line', async () => {
    await page.goto(fixture.url);
    await page.getByLabel('Brukernavn').fill('demo-researcher');
    await page.getByLabel('Passord').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    const accept = page.getByRole('button', { name: 'Jeg godtar vilkårene' });
    await accept.click();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(OUTPUT_SCRIPT);
    await poll(() => text(page.getByTestId('check-status'))).toContain('Ingen feil');
    await page.keyboard.press('Control+Enter');

    const outputs = page.getByTestId('outputs');
    await outputs.waitFor();
    expect(
      await outputs.locator('article').evaluateAll((a) => a.map((e) => e.getAttribute('data-kind'))),
    ).toEqual(['notice', 'table', 'chart', 'refusal']);
    const table = page.getByTestId('result-table');
    expect(await text(table)).toContain('4\u00a0990');
    const suppressed = table.locator('td.suppressed');
    expect(await suppressed.count()).toBe(2);
    expect(await suppressed.first().getAttribute('title')).toContain('færre enn');
    expect(await text(outputs.locator('.legend'))).toContain('regel T7');
    await poll(() => page.getByTestId('result-chart').locator('canvas').count()).toBeGreaterThan(0);
    expect(await text(outputs.locator('article[data-kind=refusal]'))).toContain('BUDGET');
    await poll(() => text(page.getByTestId('run-status'))).toContain('summarize alder was refused');
    await screenshot(page, '12-published-outputs');

    // The failed line is a link into the editor.
    await page.getByTestId('run-status').getByRole('button', { name: 'Gå til linje 8' }).click();
    await poll(() => text(page.locator('.cm-activeLine'))).toBe('summarize alder');

    // Exports: the table as CSV with the suppressed cell empty, the chart as PNG and SVG.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Eksporter CSV' }).click(),
    ]);
    const csvText = fs.readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split('\r\n')).toContain('Uoppgitt,,,count percent');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG' }).click(),
    ]);
    expect(
      fs
        .readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ]);
    expect(fs.readFileSync((await svg.path())!, 'utf8')).toMatch(
      /^<svg[\s\S]*histogram alder[\s\S]*<\/svg>$/,
    );
  });
});
