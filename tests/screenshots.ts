/**
 * `npm run screenshots`: every page of Saring at 1366×768 (the common office laptop) in Indonesian,
 * with the built extension in Debian's Chromium, into screenshots/ (git-ignored). For looking at
 * the pages as a new user would: welcome, settings, popup, practice, report, coordinator, the
 * browser's side panel, and the panel on each demo composer with a caption that has problems.
 * Run `npm run build` first (or let this script build), no display needed (headless).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { buildFixtures } from './harness/build';
import { startFixtureServer } from './harness/server';
import { repoRoot } from './harness/paths';
import { extensionUrl, extensionWorker, inPanel, launchBrowser } from './harness/browser';
import { editorCss, sites } from './harness/sites';

const WIDTH = 1366;
const HEIGHT = 768;
const out = join(repoRoot, 'screenshots');
mkdirSync(out, { recursive: true });

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The extension did not build (see above).');
}
await buildFixtures();
const server = await startFixtureServer();
const launched = await launchBrowser({ port: server.port, extension: true });
const { browser } = launched;
// A caption with a little of everything the panel finds: spelling, a citizen's NIK, a short link.
const CAPTION = 'Himbauan: warga yang belum rekam KTP-el silahkan datang. Info Ibu Sari NIK 3404011203850001, daftar di https://bit.ly/ktp-el #KabupatenContoh';

async function shoot(page: Page, name: string): Promise<void> {
  // Fonts and late renders settle; then the visible viewport, as the admin sees it.
  await page.evaluate(() => document.fonts?.ready);
  await new Promise((resolve) => setTimeout(resolve, 400));
  await page.screenshot({ path: join(out, `${name}.png`) });
  process.stdout.write(`screenshots/${name}.png\n`);
}

async function extensionPage(path: string, ready: string, size = { width: WIDTH, height: HEIGHT }): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(size);
  await page.goto(await extensionUrl(browser, path));
  await page.waitForSelector(ready, { timeout: 30_000 });
  return page;
}

try {
  const first = await extensionPage('options.html', 'body');
  // Indonesian whatever the browser prefers, and no guided tour over the practice page.
  await first.evaluate(() => chrome.runtime.sendMessage({ saring: 1, type: 'settings:set', payload: { lang: 'id' } }));
  await first.evaluate(() => chrome.runtime.sendMessage({ saring: 1, type: 'progress:tour-seen', payload: { seen: true } }));
  await first.close();

  const pages: Array<[string, string, string]> = [
    ['welcome', 'welcome.html', '[data-saring="welcome"]'],
    ['options', 'options.html', 'main'],
    ['practice', 'practice.html', '[data-saring="panel"][data-platform="instagram"]'],
    ['report', 'report.html', '[data-section="summary"]'],
    ['coordinator', 'coordinator.html', 'main'],
  ];
  for (const [name, path, ready] of pages) {
    const page = await extensionPage(path, ready);
    await shoot(page, name);
    await page.close();
  }

  // The popup is a small window: its own size, cut from the page.
  const popup = await extensionPage('popup.html', 'body', { width: 400, height: 640 });
  await new Promise((resolve) => setTimeout(resolve, 600));
  const body = await popup.$('body');
  await body?.screenshot({ path: join(out, 'popup.png') });
  process.stdout.write('screenshots/popup.png\n');
  await popup.close();

  // The panel beside each composer, with problems to show.
  for (const site of sites) {
    const page = await browser.newPage();
    await page.setViewport({ width: WIDTH, height: HEIGHT });
    await page.goto(site.startUrl('id'));
    const frame = page.mainFrame();
    await site.open(frame, 'id');
    await frame.waitForSelector(inPanel(site.name, '[data-saring="char-count"]'), { timeout: 30_000 });
    await frame.$eval(editorCss[site.name], (el) => (el as HTMLElement).focus());
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(CAPTION);
    await frame.waitForSelector(inPanel(site.name, '.finding[data-rule-id="personal-nik"]'), { timeout: 30_000 });
    // Opened, where the placement leaves it a badge (the admin's click).
    const badge = await frame.$(inPanel(site.name, '[data-action="expand"]'));
    if (badge) await badge.click();
    await shoot(page, `panel-${site.name}`);
    // The TikTok tab stays open for the side panel below.
    if (site.name !== 'tiktok') await page.close();
  }

  // The browser's side panel, as a page of its own beside the TikTok composer's tab (the active one).
  const composer = (await browser.pages()).find((p) => p.url().includes('tiktok'));
  await composer?.bringToFront();
  const sw = await (await extensionWorker(browser)).evaluate(() => chrome.tabs.query({ active: true }));
  const tab = sw.length === 1 ? sw[0]!.id : undefined;
  const side = await browser.newPage({ type: 'window', background: true } as never);
  await side.setViewport({ width: 400, height: HEIGHT });
  await side.goto(await extensionUrl(browser, `sidepanel.html${tab === undefined ? '' : `?tab=${tab}`}`));
  await side.waitForSelector('[data-saring="panel"], [data-saring="sidepanel-empty"]', { timeout: 30_000 }).catch(() => undefined);
  await shoot(side, 'sidepanel');
} finally {
  await launched.close();
  await server.close();
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> }; tabs: { query(query: unknown): Promise<Array<{ id: number; url: string }>> } };
