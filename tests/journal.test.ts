/**
 * The posting journal as an admin meets it (issue 8), with the built extension in Chromium: posts
 * made through the three fixture composers show up in the report page and the popup, the CSV the
 * report downloads has one row per post, a post cancelled at the prompt is not recorded, and the
 * report page passes axe and can be used from the keyboard.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { AxePuppeteer } from '@axe-core/puppeteer';
import { allowDownloads, inPanel, launchBrowser, openExtensionPage, openPage, type LaunchedBrowser, waitForFinishedDownload } from './harness/browser';
import { byText, editorCss, posts, sites, type Site } from './harness/sites';

const port = inject('fixturePort');
let launched: LaunchedBrowser;
let downloads: string;

const CLEAN = 'Layanan perekaman KTP elektronik dibuka setiap Sabtu di balai desa.';
const NIK_CAPTION = 'Bantuan diserahkan kepada Ibu Sari, NIK 3404074503900001, warga Desa Sukamaju.';

beforeAll(async () => {
  launched = await launchBrowser({ port, extension: true });
  downloads = mkdtempSync(join(tmpdir(), 'saring-downloads-'));
  // Downloads land in a folder the test reads, as they would land in the admin's Downloads.
  await allowDownloads(launched.browser, downloads);
  // The admin works in Indonesian (the headless browser speaks English).
  expect(await fromExtensionPage('settings:set', { lang: 'id' })).toMatchObject({ ok: true });
});
afterAll(async () => {
  await launched.close();
  rmSync(downloads, { recursive: true, force: true });
});

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** Sends a message the way the options page does. */
async function fromExtensionPage(type: string, payload: unknown): Promise<unknown> {
  const { page } = await openExtensionPage(launched.browser, 'report.html');
  try {
    return await page.evaluate((t: string, p: unknown) => chrome.runtime.sendMessage({ saring: 1, type: t, payload: p }), type, payload);
  } finally {
    await page.close();
  }
}

async function typeCaption(frame: Frame, site: Site, text: string): Promise<void> {
  const editor = await frame.waitForSelector(editorCss[site.name]);
  await editor?.click();
  const keyboard = frame.page().keyboard;
  await keyboard.down('Control');
  await keyboard.press('KeyA');
  await keyboard.up('Control');
  await keyboard.press('Backspace');
  await keyboard.type(text);
  await frame.waitForFunction((wanted: string) => globalThis.__fixture?.modelText() === wanted, {}, text);
}

async function clickPost(frame: Frame, site: Site): Promise<void> {
  if (site.name === 'tiktok') {
    await (await frame.waitForSelector('button[data-e2e="post_video_button"]'))?.click();
  } else if (site.name === 'facebook') {
    const css = `div[role="dialog"] div[role="button"][aria-label="${site.postLabel('id')}"]`;
    await frame.waitForSelector(`${css}:not([aria-disabled="true"])`);
    await (await frame.$(css))?.click();
  } else {
    await (await byText(frame, 'div[role="button"]', site.postLabel('id'))).click();
  }
}

async function openComposer(site: Site): Promise<{ page: Page; frame: Frame }> {
  const { page } = await openPage(launched.browser, site.startUrl('id'));
  const frame = page.mainFrame();
  await site.open(frame, 'id');
  // The panel is up once it counts characters (a comma inside inPanel() would leave the shadow root).
  await page.waitForSelector(inPanel(site.name, '[data-saring="char-count"]'), { timeout: 15_000 });
  return { page, frame };
}

/** The report's rows once `count` of them have loaded (the page asks the background first). */
async function reportRows(page: Page, count: number): Promise<Array<{ id: string; platform: string; firstLine: string; posted: string }>> {
  await page.waitForFunction((n: number) => document.querySelectorAll('tr[data-entry-id]').length === n, { timeout: 15_000 }, count);
  return page.$$eval('tr[data-entry-id]', (rows) =>
    rows.map((row) => ({
      id: row.getAttribute('data-entry-id') ?? '',
      platform: row.getAttribute('data-platform') ?? '',
      firstLine: row.querySelector('[data-field="first-line"]')?.textContent ?? '',
      posted: row.getAttribute('data-posted') ?? '',
    })),
  );
}

/** The downloaded file once the browser has finished writing it. */
async function waitForDownload(prefix: string): Promise<string> {
  return readFileSync(join(downloads, await waitForFinishedDownload(downloads, (name) => name.startsWith(prefix))), 'utf8');
}

describe('posting journal', () => {
  it.each(sites)('records a post that went out on $name', async (site) => {
    const { page, frame } = await openComposer(site);
    await typeCaption(frame, site, CLEAN);
    await clickPost(frame, site);
    await frame.waitForFunction(() => (globalThis.__fixture?.posts.length ?? 0) > 0);
    expect(await posts(frame)).toEqual([CLEAN]);
    await page.close();
  });

  it.each(sites)('does not record a post cancelled at the prompt on $name', async (site) => {
    const { page, frame } = await openComposer(site);
    await typeCaption(frame, site, NIK_CAPTION);
    await page.waitForSelector(inPanel(site.name, 'li.finding[data-category="personal-data"][data-severity="error"]'));
    await clickPost(frame, site);
    await page.waitForSelector(inPanel(site.name, '[data-saring="prompt"]'));
    await (await page.$(inPanel(site.name, '[data-action="fix-first"]')))?.click();
    await page.waitForSelector(inPanel(site.name, '[data-saring="prompt"]'), { hidden: true });
    expect(await posts(frame)).toEqual([]);
    await page.close();
  });

  it('shows the three posts, and not the cancelled ones, in the report with their counts', async () => {
    const { page, errors } = await openExtensionPage(launched.browser, 'report.html');
    const rows = await reportRows(page, 3);
    expect(rows.map((row) => row.platform).sort()).toEqual(['facebook', 'instagram', 'tiktok']);
    expect(rows.every((row) => row.firstLine === CLEAN && row.posted === 'true')).toBe(true);
    expect(await page.$eval('[data-total]', (el) => el.getAttribute('data-total'))).toBe('3');
    for (const platform of ['instagram', 'facebook', 'tiktok']) {
      expect(await page.$eval(`[data-count="${platform}"]`, (el) => el.textContent)).toBe('1');
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows this month’s count per platform in the popup', async () => {
    const { page, errors } = await openExtensionPage(launched.browser, 'popup.html');
    await page.waitForSelector('li[data-platform]', { timeout: 15_000 });
    const counts = await page.$$eval('li[data-platform]', (items) =>
      items.map((item) => [item.getAttribute('data-platform') ?? '', Number(item.getAttribute('data-month-count'))] as const),
    );
    const perPlatform = (platform: string) => counts.filter(([name]) => name === platform).reduce((sum, [, n]) => sum + n, 0);
    expect([perPlatform('instagram'), perPlatform('facebook'), perPlatform('tiktok')]).toEqual([1, 1, 1]);
    expect(await page.$$eval('a[data-link]', (links) => links.map((a) => new URL(a.href).pathname))).toEqual(['/report.html', '/practice.html', '/options.html']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads a CSV with one row per post, readable as UTF-8', async () => {
    const { page } = await openExtensionPage(launched.browser, 'report.html');
    await reportRows(page, 3);
    await page.click('[data-action="export-csv"]');
    const csv = await waitForDownload('saring-laporan-');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter((line) => line !== '');
    expect(lines[0]?.split(',').slice(0, 3)).toEqual(['Waktu', 'Zona', 'Platform']);
    const body = lines.slice(1);
    expect(body).toHaveLength(3);
    expect(body.map((line) => line.split(',')[2]).sort()).toEqual(['Facebook', 'Instagram', 'TikTok']);
    expect(body.every((line) => line.includes(CLEAN) && line.includes('Terposting'))).toBe(true);
    expect(csv).not.toContain('3404074503900001');
    await page.close();
  });

  it('marks a post as not posted from the report, which the popup then leaves out', async () => {
    const { page } = await openExtensionPage(launched.browser, 'report.html');
    await reportRows(page, 3);
    await page.click('tr[data-platform="tiktok"] [data-action="toggle-posted"]');
    await page.waitForSelector('tr[data-platform="tiktok"][data-posted="false"]');
    expect(await page.$eval('[data-total]', (el) => el.getAttribute('data-total'))).toBe('2');
    await page.close();
    const popup = await openExtensionPage(launched.browser, 'popup.html');
    await popup.page.waitForSelector('li[data-platform]');
    const tiktok = await popup.page.$$eval('li[data-platform="tiktok"]', (items) => items.map((item) => Number(item.getAttribute('data-month-count'))));
    expect(tiktok.reduce((sum, n) => sum + n, 0)).toBe(0);
    await popup.page.close();
  });

  it('records a post that went out with "post anyway" as overridden, and lists the check', async () => {
    const site = sites[0]!;
    const { page, frame } = await openComposer(site);
    await typeCaption(frame, site, NIK_CAPTION);
    await page.waitForSelector(inPanel(site.name, 'li.finding[data-category="personal-data"][data-severity="error"]'));
    await clickPost(frame, site);
    await (await page.waitForSelector(inPanel(site.name, '[data-action="post-anyway"]')))?.click();
    await frame.waitForFunction(() => (globalThis.__fixture?.posts.length ?? 0) > 0);
    await page.close();

    const report = await openExtensionPage(launched.browser, 'report.html');
    await reportRows(report.page, 4);
    const overridden = await report.page.$$eval('[data-section="overridden"] tr[data-rule-id]', (rows) => rows.map((row) => row.getAttribute('data-rule-id')));
    expect(overridden.length).toBeGreaterThan(0);
    expect(await report.page.$eval('tr[data-entry-id]', (row) => row.querySelector('[data-field="overridden"]')?.textContent ?? '')).toMatch(/^Ya/);
    await report.page.close();
  });

  it('has a report page that passes axe and works from the keyboard', async () => {
    const { page } = await openExtensionPage(launched.browser, 'report.html');
    await reportRows(page, 4);
    const result = await new AxePuppeteer(page).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const reached = new Set<string>();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.getAttribute('data-action') ?? document.activeElement?.id ?? ''));
    }
    expect([...reached]).toEqual(expect.arrayContaining(['report-month', 'export-csv', 'print', 'toggle-posted', 'save-note', 'delete']));
    await page.close();
  });
});
