/**
 * axe on the pages issue 14 added, in both languages: the welcome page (its form, and with the
 * errors shown after an empty save) and the browser's side panel. 0 serious or critical violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { AxePuppeteer } from '@axe-core/puppeteer';
import { launchBrowser, openExtensionPage, type LaunchedBrowser } from './harness/browser';

let launched: LaunchedBrowser;

beforeAll(async () => {
  launched = await launchBrowser({ port: 9, extension: true });
});
afterAll(async () => {
  await launched?.close();
});

async function serious(page: Page): Promise<string[]> {
  const results = await new AxePuppeteer(page).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function open(path: string, lang: 'id' | 'en', ready: string): Promise<Page> {
  const { page } = await openExtensionPage(launched.browser, path);
  await page.setViewport({ width: 1366, height: 768 });
  await page.evaluate((l) => chrome.runtime.sendMessage({ saring: 1, type: 'settings:set', payload: { lang: l } }), lang);
  await page.reload();
  await page.waitForSelector(ready, { timeout: 30_000 });
  await page.waitForFunction((l) => document.querySelector('main[lang]')?.getAttribute('lang') === l, { timeout: 30_000 }, lang);
  return page;
}

describe.each(['id', 'en'] as const)('axe in %s', (lang) => {
  it('welcome page: the form, and the form with its errors', async () => {
    const page = await open('welcome.html', lang, '[data-saring="welcome"] form');
    expect(await serious(page)).toEqual([]);
    await page.click('[data-action="welcome-save"]');
    await page.waitForSelector('[aria-invalid="true"]', { timeout: 30_000 });
    expect(await serious(page)).toEqual([]);
    await page.click('[data-action="welcome-pack"]');
    expect(await serious(page)).toEqual([]);
    await page.close();
  });

  it('side panel', async () => {
    const page = await open('sidepanel.html', lang, '[data-saring="sidepanel"]');
    expect(await serious(page)).toEqual([]);
    await page.close();
  });
});

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
