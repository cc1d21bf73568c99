/**
 * The practice page's browser suites (practice.test.ts, practice-teach.test.ts): one browser with
 * the extension per file, a downloads folder, and the practice page opened with its three panels
 * ready; each page a test opens is closed and checked for errors when the test ends.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { inPanel, launchBrowser, openExtensionPage, type LaunchedBrowser, type WatchedPage } from './browser';

/** A problem the trainee has to fix: errors and warnings, not infos. */
export const SERIOUS_ROW = 'li.finding:is([data-severity="error"], [data-severity="warning"])';

export interface PracticeSuite {
  browser(): Browser;
  /** Where the browser saves downloads once a test calls allowDownloads(browser(), downloads()). */
  downloads(): string;
  openPractice(): Promise<Page>;
}

/** `prepare` runs once after launch (e.g. marking the tour seen), before the first test. */
export function practiceSuite(prepare?: (browser: Browser) => Promise<void>): PracticeSuite {
  let launched: LaunchedBrowser | undefined;
  let opened: WatchedPage | null = null;
  let downloads = '';
  beforeAll(async () => {
    // The practice page never needs the fixture sites; any port will do for the host rules.
    launched = await launchBrowser({ port: 9, extension: true });
    downloads = mkdtempSync(join(tmpdir(), 'saring-downloads-'));
    await prepare?.(launched.browser);
  });
  afterAll(async () => {
    await launched?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });
  afterEach(async () => {
    if (!opened) return;
    const { errors, page } = opened;
    opened = null;
    await page.close();
    expect(errors).toEqual([]);
  });
  const browser = (): Browser => {
    if (!launched) throw new Error('the browser is not running (beforeAll failed?)');
    return launched.browser;
  };
  return {
    browser,
    downloads: () => downloads,
    async openPractice() {
      opened = await openExtensionPage(browser(), 'practice.html');
      const { page } = opened;
      await page.setViewport({ width: 1280, height: 900 });
      for (const platform of ['instagram', 'facebook', 'tiktok']) await page.waitForSelector(inPanel(platform, '.panel'));
      return page;
    },
  };
}
