/**
 * The panel's speed in real Chromium with the built extension on the fixture composers:
 * composer appears → panel shown, keystroke → findings shown at 2,200 characters, template insert →
 * text in the editor's model, and long tasks while typing. Timestamps are taken inside the page
 * (performance.now()), so puppeteer's round trips do not count.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer';
import { buildFixtures } from '../harness/build';
import { startFixtureServer } from '../harness/server';
import { extensionDir } from '../harness/paths';
import { inPanel, launchBrowser, openPage } from '../harness/browser';
import { editorCss, sites, type Site } from '../harness/sites';
import { benchReplies } from './replies';

type Figures = Record<string, number | string>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid] ?? 0 : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value * 100) / 100;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0) * 100) / 100;
}

/** Installs, in the page's main world, a watcher that times editor-appears → panel-rendered. */
async function armAppearTimer(frame: Frame, site: Site): Promise<void> {
  await frame.evaluate(
    (editorSelector: string, platform: string) => {
      const w = window as unknown as { __appear?: Promise<number> };
      w.__appear = new Promise<number>((resolve) => {
        let editorAt = 0;
        const observer = new MutationObserver(() => {
          if (!editorAt && document.querySelector(editorSelector)) editorAt = performance.now();
          const host = document.querySelector(`[data-saring="panel"][data-platform="${platform}"]`);
          if (editorAt && host?.shadowRoot?.querySelector('[data-saring="char-count"]')) {
            observer.disconnect();
            resolve(performance.now() - editorAt);
          }
        });
        observer.observe(document.documentElement, { childList: true, subtree: true });
      });
    },
    editorCss[site.name],
    site.name,
  );
}

async function appearTimes(page: Page, site: Site, rounds: number): Promise<number[]> {
  const frame = page.mainFrame();
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    await armAppearTimer(frame, site);
    await site.open(frame, 'id');
    times.push(await frame.evaluate(() => (window as unknown as { __appear: Promise<number> }).__appear));
    await site.close(frame, 'id');
    await page.waitForFunction(() => !document.querySelector('[data-saring="panel"]'));
  }
  return times;
}

/** Times one keystroke until the panel's counter shows the new length, `rounds` times. */
async function keystrokeTimes(page: Page, site: Site, rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    await page.evaluate((platform: string) => {
      const w = window as unknown as { __key?: Promise<number> };
      const host = document.querySelector(`[data-saring="panel"][data-platform="${platform}"]`);
      const counter = host?.shadowRoot?.querySelector('[data-saring="char-count"]');
      const before = counter?.textContent ?? '';
      w.__key = new Promise<number>((resolve) => {
        let start = 0;
        window.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (start && counter?.textContent !== before) {
            observer.disconnect();
            // Findings render in the same Preact commit as the counter; wait for the frame to paint.
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        });
        if (host?.shadowRoot) observer.observe(host.shadowRoot, { childList: true, subtree: true, characterData: true });
      });
    }, site.name);
    await page.keyboard.press('a');
    times.push(await page.evaluate(() => (window as unknown as { __key: Promise<number> }).__key));
  }
  return times;
}

async function startLongTaskWatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__long.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

async function fillCaption(page: Page, site: Site, length: number): Promise<void> {
  const editor = await page.waitForSelector(editorCss[site.name]);
  await editor?.click();
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  const sentence = 'Pemerintah Kabupaten Contoh menggelar layanan KTP elektronik keliling di Kecamatan Sukamaju. ';
  let text = '';
  while (text.length < length) text += sentence;
  await page.keyboard.sendCharacter(text.slice(0, length));
  await page.waitForFunction((n: number) => (globalThis.__fixture?.modelText()?.length ?? 0) >= n, {}, length);
}

async function templateInsert(page: Page, site: Site): Promise<{ ms: number; copies: number }> {
  const editor = await page.waitForSelector(editorCss[site.name]);
  await editor?.click();
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await (await page.waitForSelector(inPanel(site.name, '[data-action="open-templates"]')))?.click();
  await (await page.waitForSelector(inPanel(site.name, '[data-template-id="pengumuman-layanan"]')))?.click();
  await (await page.waitForSelector(inPanel(site.name, '[data-field="layanan"]')))?.type('Perekaman KTP elektronik keliling');
  await (await page.waitForSelector(inPanel(site.name, '[data-field="isi"]')))?.type('Petugas hadir di balai desa.');
  const preview = await page.$eval(inPanel(site.name, '[data-saring="template-preview"]'), (el) => el.textContent ?? '');
  await page.evaluate((wanted: string) => {
    const w = window as unknown as { __insert?: Promise<number> };
    w.__insert = new Promise<number>((resolve) => {
      let start = 0;
      window.addEventListener('click', () => (start = performance.now()), { capture: true, once: true });
      const poll = () => {
        if (start && globalThis.__fixture?.modelText() === wanted) resolve(performance.now() - start);
        else requestAnimationFrame(poll);
      };
      poll();
    });
  }, preview);
  await (await page.$(inPanel(site.name, '[data-action="insert-template"]')))?.click();
  const ms = await page.evaluate(() => (window as unknown as { __insert: Promise<number> }).__insert);
  const model = (await page.evaluate(() => globalThis.__fixture?.modelText() ?? '')) ?? '';
  return { ms, copies: model.split('Perekaman KTP elektronik keliling').length - 1 };
}

/**
 * TikTok: a hashtag fix click until the tag is an entity in Draft's content state (typed, the
 * suggestion list waited for, the option picked), `rounds` times.
 */
async function hashtagFixToTag(page: Page, rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const editor = await page.waitForSelector(editorCss.tiktok);
    await editor?.click();
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Layanan KTP keliling di balai desa.');
    const fix = inPanel('tiktok', 'li.finding[data-rule-id="hashtag-required"] [data-action="apply-fix"]');
    await page.waitForFunction(
      () => document.querySelector('[data-saring="panel"][data-platform="tiktok"]')?.shadowRoot?.querySelector('li.finding[data-rule-id="hashtag-required"] [data-action="apply-fix"]'),
      { polling: 50 },
    );
    await page.evaluate(() => {
      const w = window as unknown as { __tag?: Promise<number> };
      w.__tag = new Promise<number>((resolve) => {
        let start = 0;
        window.addEventListener('click', () => (start = performance.now()), { capture: true, once: true });
        const poll = () => {
          if (start && globalThis.__tiktok?.entities().some((e) => e.text === '#PemkabContoh')) resolve(performance.now() - start);
          else requestAnimationFrame(poll);
        };
        poll();
      });
    });
    await (await page.$(fix))?.click();
    times.push(await page.evaluate(() => (window as unknown as { __tag: Promise<number> }).__tag));
  }
  return times;
}

export async function benchPanel(): Promise<Figures> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) return { error: 'extension not built: run npm run build first' };
  await buildFixtures();
  const server = await startFixtureServer();
  const launched = await launchBrowser({ port: server.port, extension: true });
  const figures: Figures = {};
  try {
    for (const site of sites) {
      const { page } = await openPage(launched.browser, site.startUrl('id'));
      // tsx keeps function names with an esbuild helper that the page does not have.
      await page.evaluate('globalThis.__name = (fn) => fn');
      const appear = await appearTimes(page, site, 9);
      figures[`${site.name}: composer appears → panel shown, median ms (budget 50)`] = median(appear);

      await site.open(page.mainFrame(), 'id');
      await page.waitForSelector(inPanel(site.name, '[data-saring="char-count"]'));
      await fillCaption(page, site, 2199);
      await startLongTaskWatch(page);
      const keys = await keystrokeTimes(page, site, 25);
      figures[`${site.name}: keystroke → findings at 2,200 chars, median ms (budget 16)`] = median(keys);
      figures[`${site.name}: keystroke → findings at 2,200 chars, p95 ms`] = p95(keys);
      const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      figures[`${site.name}: long tasks > 50 ms while typing (all sources)`] = long.length;
      figures[`${site.name}: longest task while typing, ms`] = Math.round(Math.max(0, ...long));

      const insert = await templateInsert(page, site);
      figures[`${site.name}: template insert → editor model, ms (budget 100)`] = Math.round(insert.ms);
      figures[`${site.name}: template copies in the model (must be 1)`] = insert.copies;
      if (site.name === 'tiktok') {
        const tag = await hashtagFixToTag(page, 7);
        figures['tiktok: hashtag fix click → tag entity in the model, median ms (budget 1500, goal 500)'] = Math.round(median(tag));
        figures['tiktok: hashtag fix click → tag entity in the model, max ms'] = Math.round(Math.max(...tag));
      }
      await page.close();
    }
    Object.assign(figures, await benchReplies(launched.browser, { median, p95 }));
  } finally {
    await launched.close();
    await server.close();
  }
  return figures;
}
