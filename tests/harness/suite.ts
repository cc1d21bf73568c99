/**
 * One browser per test file, and every page a test opens is closed and checked when the test ends:
 * no test may leave an uncaught error or a console error behind.
 */
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Browser } from 'puppeteer';
import { launchBrowser, openPage, type LaunchedBrowser, type WatchedPage } from './browser';

export interface BrowserSuite {
  port: number;
  browser(): Browser;
  open(url: string, options?: { fixture?: boolean }): Promise<WatchedPage>;
}

export function browserSuite(options: { extension: boolean; welcome?: boolean }): BrowserSuite {
  const port = inject('fixturePort');
  let launched: LaunchedBrowser | undefined;
  let pages: WatchedPage[] = [];
  beforeAll(async () => {
    launched = await launchBrowser({ port, extension: options.extension, welcome: options.welcome });
  });
  afterAll(async () => {
    await launched?.close();
  });
  afterEach(async () => {
    const opened = pages;
    pages = [];
    for (const { page } of opened) await page.close().catch(() => undefined);
    expect(opened.flatMap((p) => p.errors)).toEqual([]);
  });
  const browser = (): Browser => {
    if (!launched) throw new Error('the browser is not running (beforeAll failed?)');
    return launched.browser;
  };
  return {
    port,
    browser,
    async open(url, openOptions) {
      const watched = await openPage(browser(), url, openOptions);
      pages.push(watched);
      return watched;
    },
  };
}
