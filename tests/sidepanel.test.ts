/**
 * Saring in the browser's side panel: sidepanel.html follows the tab's composer with the same
 * findings as the in-page panel (same row and action hooks), applies a fix into the editor's model,
 * inserts a template, and while it is open the page keeps only the prompt; closing it brings the
 * in-page panel back.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { extensionUrl, extensionWorker, inPanel } from './harness/browser';
import { browserSuite } from './harness/suite';
import { editorCss, modelText, sites } from './harness/sites';
import type { Site } from './harness/sites';

const suite = browserSuite({ extension: true });
const POLL = { timeout: 15_000, interval: 100 };
const CAPTION = 'Ijin keramaian sudah terbit untuk warga.';

async function rules(scope: Page | Frame, css: string): Promise<string[]> {
  const rows = await scope.$$(css);
  return (await Promise.all(rows.map((row) => row.evaluate((el) => el.getAttribute('data-rule-id') ?? '')))).sort();
}

/**
 * Waits for an element by polling: rows added inside the panel's shadow root (the deep rules'
 * findings arrive from the background a moment after typing stops) wake no document-level
 * observer, so `waitForSelector` would only look again at the page's next own mutation.
 */
async function appears(scope: Page | Frame, css: string): Promise<void> {
  await expect.poll(async () => (await scope.$(css)) !== null, POLL).toBe(true);
}

/** The id of the tab in front (Saring has no "tabs" permission, so tabs are not found by URL). */
async function frontTabId(page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await extensionWorker(suite.browser());
  const ids = await worker.evaluate(async () => {
    type Tabs = { query(q: { active: boolean }): Promise<Array<{ id?: number }>> };
    const tabs = await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.query({ active: true });
    return tabs.map((tab) => tab.id ?? -1);
  });
  if (ids.length !== 1 || ids[0]! < 0) throw new Error(`expected one active tab, got ${JSON.stringify(ids)}`);
  return ids[0]!;
}

describe.each(sites)('$name in the side panel', (site: Site) => {
  it('shows the same findings, applies a fix and the sample caption, and gives the page its panel back', async () => {
    const opened = await suite.open(site.startUrl('id'));
    const frame = opened.page.mainFrame();
    await site.open(frame, 'id');
    await frame.waitForSelector(inPanel(site.name, '[data-saring="char-count"]'), { timeout: 15_000 });
    await frame.$eval(editorCss[site.name], (el) => (el as HTMLElement).focus());
    const keyboard = opened.page.keyboard;
    await keyboard.down('Control');
    await keyboard.press('KeyA');
    await keyboard.up('Control');
    await keyboard.press('Backspace');
    await keyboard.type(CAPTION);
    await appears(frame, inPanel(site.name, '.finding[data-rule-id="spelling"]'));
    const inPage = await rules(frame, inPanel(site.name, '.finding'));

    const tab = await frontTabId(opened.page);
    // Its own window, as a side panel sits beside the page: the composer's tab stays visible.
    const side = { page: await suite.browser().newPage({ type: 'window', background: true }) };
    const sideErrors: string[] = [];
    side.page.on('pageerror', (error) => sideErrors.push(String(error)));
    side.page.on('console', (message) => void (message.type() === 'error' && sideErrors.push(message.text())));
    await side.page.goto(await extensionUrl(suite.browser(), `sidepanel.html?tab=${tab}`));
    const panel = `[data-saring="panel"][data-platform="${site.name}"]`;
    await appears(side.page, `${panel} .finding[data-rule-id="spelling"]`);
    await expect.poll(() => rules(side.page, `${panel} .finding`), POLL).toEqual(inPage);
    // The page keeps only its prompt while the side panel shows the panel.
    await expect.poll(async () => (await frame.$(inPanel(site.name, '[data-saring="panel-body"]'))) === null, POLL).toBe(true);

    await side.page.click(`${panel} .finding[data-rule-id="spelling"] [data-action="apply-fix"]`);
    await expect.poll(() => modelText(frame), POLL).toBe(CAPTION.replace('Ijin', 'Izin'));
    await expect.poll(async () => (await rules(side.page, `${panel} .finding`)).includes('spelling'), POLL).toBe(false);

    await side.page.click(`${panel} [data-action="insert-sample"]`);
    await expect.poll(async () => ((await modelText(frame)) ?? '').length, POLL).toBeGreaterThan(CAPTION.length + 20);

    await side.page.close();
    expect(sideErrors).toEqual([]);
    await frame.waitForSelector(inPanel(site.name, '[data-saring="panel-body"]'), { timeout: 15_000 });
  });
});
