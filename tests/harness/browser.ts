/**
 * Launches Debian's Chromium with the fixture hosts mapped to the local server, optionally with the
 * built extension, and collects what a page reports as broken.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ConsoleMessage, type ElementHandle, type Frame, type Page, type WebWorker } from 'puppeteer';
import { HOSTS } from './server';
import { extensionDir } from './paths';

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export const chromiumPath = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';

/**
 * Chromium with the three sites' hosts mapped to the fixture server. `headless: false` is for
 * `npm start`, where a person uses the window.
 */
export async function launchBrowser(options: {
  port: number;
  extension: boolean;
  headless?: boolean;
  /**
   * A fresh install opens the welcome page and checks against no institution until it is filled
   * in. By default the suite closes that page and marks set-up done, so the built-in example
   * profile is what panels check against; `welcome: true` leaves the install as a new admin sees it.
   */
  welcome?: boolean;
}): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'saring-chromium-'));
  const rules = HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${options.port}`).join(', ');
  const headless = options.headless ?? true;
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless,
    pipe: true,
    enableExtensions: options.extension ? [extensionDir] : false,
    userDataDir,
    // A common laptop screen: puppeteer's 800×600 default leaves no room beside the composers, and
    // a fixed-position panel pushed below the fold cannot be scrolled to. A visible window sizes itself.
    defaultViewport: headless ? { width: 1366, height: 900 } : null,
    args: [
      // A window that fits the display: SARING_WINDOW=WxH, else 1366×768 less the desktop's bars.
      ...(headless ? [] : [`--window-size=${process.env.SARING_WINDOW?.replace('x', ',') ?? '1366,728'}`, '--window-position=0,0']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${rules}`,
    ],
  });
  if (options.extension && !options.welcome) await skipWelcome(browser);
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Closes the welcome tab a fresh install opens and marks set-up done (see `welcome` above). */
export async function skipWelcome(browser: Browser): Promise<void> {
  const welcome = await browser.waitForTarget((t) => t.type() === 'page' && /^chrome-extension:\/\/[^/]+\/welcome\.html/.test(t.url()), { timeout: 20_000 });
  await (await welcome.page())?.close();
  const worker = await extensionWorker(browser);
  await worker.evaluate(async () => {
    type Local = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
    const stored = ((await local.get('uiSettings')).uiSettings ?? {}) as Record<string, unknown>;
    await local.set({ uiSettings: { ...stored, setupDone: true }, presetRevision: Date.now() });
  });
}

export interface WatchedPage {
  page: Page;
  /** Uncaught exceptions and console errors of the page and its frames (content scripts included). */
  errors: string[];
}

export async function openPage(browser: Browser, url: string, options: { fixture?: boolean } = {}): Promise<WatchedPage> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} @ ${message.location().url ?? ''}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  if (options.fixture !== false) await waitForFixture(page.mainFrame());
  return { page, errors };
}

/** Waits until the fixture in `frame` has rendered (its MAIN-world hook says ready). */
export async function waitForFixture(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => globalThis.__fixture?.ready === true, { timeout: 15_000 });
}

/** The frame of TikTok's old upload page iframe. */
export async function uploadIframe(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-tt="Upload_index_iframe"]');
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('upload iframe has no frame');
  await waitForFixture(frame);
  return frame;
}

/** The extension's id, read from its service worker's URL. */
export async function extensionId(browser: Browser): Promise<string> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
    timeout: 15_000,
  });
  const id = new URL(target.url()).host;
  if (!id) throw new Error(`no extension id in ${target.url()}`);
  return id;
}

export async function extensionWorker(browser: Browser): Promise<WebWorker> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
    timeout: 15_000,
  });
  const worker = await target.worker();
  if (!worker) throw new Error('extension service worker not reachable');
  return worker;
}

/** Opens an extension page such as options.html or popup.html. */
export async function openExtensionPage(browser: Browser, path: string): Promise<WatchedPage> {
  return openPage(browser, `chrome-extension://${await extensionId(browser)}/${path}`, { fixture: false });
}

/** Selector for an element inside the shadow root of the panel of `platform` (open shadow root). */
export function inPanel(platform: string, selector: string): string {
  return `[data-saring="panel"][data-platform="${platform}"] >>> ${selector}`;
}

export async function panelHosts(page: Page | Frame, platform: string): Promise<Array<ElementHandle<Element>>> {
  return page.$$(`[data-saring="panel"][data-platform="${platform}"]`);
}

export function fixtureUrl(host: 'instagram' | 'facebook' | 'tiktok', path: string): string {
  return `https://www.${host}.com${path}`;
}
