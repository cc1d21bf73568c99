/**
 * Launches the suite's browser (Debian's Chromium, or Debian's firefox-esr when SARING_BROWSER=firefox)
 * with the fixture hosts mapped to the local server, optionally with the built extension, and
 * collects what a page reports as broken.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, watch as watchDir } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ConsoleMessage, type ElementHandle, type Frame, type Page, type WebWorker } from 'puppeteer';
import { HOSTS } from './server';
import { extensionDir, isFirefox } from './paths';

export { browserName, isFirefox, type BrowserName } from './paths';

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export const chromiumPath = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
export const firefoxPath = process.env.SARING_FIREFOX_PATH || '/usr/bin/firefox-esr';
/** The executable this run drives. */
export const browserPath = isFirefox ? firefoxPath : chromiumPath;

/** The Firefox build's add-on id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const FIREFOX_ADDON_ID = 'saring@diskominfo.example';
/**
 * Firefox gives each add-on a random moz-extension:// host per profile; the suite pins it with the
 * `extensions.webextensions.uuids` pref so extension pages have a known address.
 */
export const FIREFOX_EXTENSION_HOST = '5a71e6c2-5a71-4000-8000-5a7196000001';

/**
 * The suite's browser with the three sites' hosts mapped to the fixture server. `headless: false` is
 * for `npm start`, where a person uses the window.
 */
export interface LaunchOptions {
  port: number;
  extension: boolean;
  headless?: boolean;
  /**
   * A fresh install opens the welcome page and checks against no institution until it is filled
   * in. By default the suite closes that page and marks set-up done, so the built-in example
   * profile is what panels check against; `welcome: true` leaves the install as a new admin sees it.
   */
  welcome?: boolean;
}

export async function launchBrowser(options: LaunchOptions): Promise<LaunchedBrowser> {
  const launched = await (isFirefox ? launchFirefox(options) : launchChromium(options));
  if (options.extension && !options.welcome) {
    try {
      await skipWelcome(launched.browser);
    } catch (error) {
      await launched.close();
      throw error;
    }
  }
  return launched;
}

/** Closes the welcome tab a fresh install opens and marks set-up done (see `welcome` above). */
export async function skipWelcome(browser: Browser): Promise<void> {
  await (await extensionTab(browser, 'welcome.html', 20_000))?.close();
  const { page } = await openExtensionPage(browser, 'popup.html');
  await page.evaluate(async () => {
    type Local = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    const scope = globalThis as unknown as { browser?: { storage: { local: Local } }; chrome: { storage: { local: Local } } };
    const local = (scope.browser ?? scope.chrome).storage.local;
    const stored = ((await local.get('uiSettings')).uiSettings ?? {}) as Record<string, unknown>;
    await local.set({ uiSettings: { ...stored, setupDone: true }, presetRevision: Date.now() });
  });
  await page.close();
}

/**
 * The tab an extension page such as welcome.html shows in (opened by Saring, not by the test), or
 * null after `timeout` ms. Firefox's BiDi goes on reporting such a tab as about:blank (it reports no
 * navigation to moz-extension:// pages, see openExtensionPage), so there each tab's own location is asked.
 */
export async function extensionTab(browser: Browser, path: string, timeout: number): Promise<Page | null> {
  const wanted = (url: string): boolean => /^(chrome|moz)-extension:\/\/[^/]+\//.test(url) && new URL(url).pathname === `/${path}`;
  if (!isFirefox) {
    const target = await browser.waitForTarget((t) => t.type() === 'page' && wanted(t.url()), { timeout }).catch(() => null);
    return (await target?.page()) ?? null;
  }
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const page of await browser.pages()) {
      const href = await Promise.race([page.evaluate(() => location.href).catch(() => ''), new Promise<string>((resolve) => setTimeout(() => resolve(''), 2_000))]);
      if (wanted(href) && (await page.evaluate(() => document.readyState === 'complete').catch(() => false))) return page;
    }
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function launchChromium(options: LaunchOptions): Promise<LaunchedBrowser> {
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
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox over WebDriver BiDi. No --host-resolver-rules: the hosts resolve to 127.0.0.1 through
 * `network.dns.localDomains` and every :443 connection goes to the fixture port
 * (`network.socket.forcePort`). The MV2 build is installed as a temporary add-on (installExtension
 * waits for the install, unlike enableExtensions). `--remote-allow-system-access` lets BiDi load
 * moz-extension:// pages (see openExtensionPage).
 */
async function launchFirefox(options: LaunchOptions): Promise<LaunchedBrowser> {
  const headless = options.headless ?? true;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless,
    acceptInsecureCerts: true,
    defaultViewport: headless ? { width: 1366, height: 900 } : null,
    args: ['--remote-allow-system-access', ...(headless ? [] : ['--width=1400', '--height=900'])],
    extraPrefsFirefox: {
      'network.dns.localDomains': HOSTS.join(','),
      'network.socket.forcePort': `443=${options.port}`,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_HOST }),
    },
  });
  try {
    if (options.extension) await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
  return { browser, close: () => browser.close().catch(() => undefined) };
}

export interface WatchedPage {
  page: Page;
  /** Uncaught exceptions and console errors of the page and its frames (content scripts included). */
  errors: string[];
}

function watch(page: Page): WatchedPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} @ ${message.location().url ?? ''}`);
  });
  return { page, errors };
}

export async function openPage(browser: Browser, url: string, options: { fixture?: boolean } = {}): Promise<WatchedPage> {
  const { page, errors } = watch(await browser.newPage());
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

/**
 * The host of the extension's pages: in Chromium its id, read from its service worker's URL; in
 * Firefox the moz-extension host the suite pins at launch.
 */
export async function extensionId(browser: Browser): Promise<string> {
  if (isFirefox) return FIREFOX_EXTENSION_HOST;
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
    timeout: 15_000,
  });
  const id = new URL(target.url()).host;
  if (!id) throw new Error(`no extension id in ${target.url()}`);
  return id;
}

/** The address of an extension page such as options.html in this browser. */
export async function extensionUrl(browser: Browser, path: string): Promise<string> {
  return `${isFirefox ? 'moz-extension' : 'chrome-extension'}://${await extensionId(browser)}/${path}`;
}

/** Chromium only: BiDi exposes no extension background page or worker to run code in. */
export async function extensionWorker(browser: Browser): Promise<WebWorker> {
  if (isFirefox) throw new Error('extensionWorker: Chromium only (Firefox has no BiDi access to the background page); use reloadExtension or an extension page');
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
    timeout: 15_000,
  });
  const worker = await target.worker();
  if (!worker) throw new Error('extension service worker not reachable');
  return worker;
}

/**
 * Reloads the extension the way an update does while tabs stay open, and resolves once the new
 * one runs. Chromium: runtime.reload() in the service worker. Firefox: the temporary add-on is
 * installed again over itself (what about:debugging's Reload does).
 */
export async function reloadExtension(browser: Browser): Promise<void> {
  if (isFirefox) {
    await browser.installExtension(extensionDir);
    return;
  }
  const worker = await extensionWorker(browser);
  // The worker dies while answering; the call may reject, the reload still happens.
  await worker
    .evaluate(() => {
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
    })
    .catch(() => undefined);
  await extensionWorker(browser);
}

/**
 * Opens an extension page such as options.html or popup.html. Firefox loads moz-extension:// pages
 * over BiDi only with --remote-allow-system-access, and then the navigation never reports
 * completion: the page is opened without waiting on goto, then waited for through its own DOM.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<WatchedPage> {
  const url = await extensionUrl(browser, path);
  if (!isFirefox) return openPage(browser, url, { fixture: false });
  const watched = watch(await browser.newPage());
  // Rejects with a timeout or when the page closes; the DOM below says when it has loaded.
  watched.page.goto(url, { timeout: 0 }).catch(() => undefined);
  // Polled by hand: the page's realm is replaced under a waitForFunction as the navigation
  // commits, which BiDi reports as a failed evaluation rather than a retry.
  const deadline = Date.now() + 20_000;
  const loaded = (wanted: string): boolean => location.href === wanted && document.readyState === 'complete';
  while (!(await watched.page.evaluate(loaded, url).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${url} did not load in Firefox within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Tests message the background from the page with chrome.runtime.sendMessage(message) and await
  // the reply, as in Chromium; Firefox's chrome.* (MV2) answers through callbacks only, its
  // browser.* with promises. Only the test's own calls use this: Saring's pages use browser.*.
  await watched.page.evaluate(() => {
    const scope = globalThis as unknown as { chrome?: { runtime: { sendMessage: unknown } }; browser?: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
    const { chrome, browser } = scope;
    if (chrome && browser) chrome.runtime.sendMessage = (message: unknown) => browser.runtime.sendMessage(message);
  });
  return watched;
}

/**
 * Reloads an extension page and resolves once the new document has loaded. In Firefox a BiDi
 * reload of a moz-extension:// page never reports completion (like goto, see openExtensionPage).
 */
export async function reloadExtensionPage(page: Page): Promise<void> {
  if (!isFirefox) {
    await page.reload({ waitUntil: 'load' });
    return;
  }
  await page.evaluate(() => {
    (globalThis as unknown as { __saringBeforeReload?: boolean }).__saringBeforeReload = true;
    setTimeout(() => location.reload(), 0);
  });
  const fresh = (): boolean => !(globalThis as unknown as { __saringBeforeReload?: boolean }).__saringBeforeReload && document.readyState === 'complete';
  const deadline = Date.now() + 20_000;
  while (!(await page.evaluate(fresh).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${page.url()} did not reload within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Downloads from every page of `browser` land in `dir` without a dialog, as in the admin's
 * Downloads folder. Chromium: DevTools Browser.setDownloadBehavior; Firefox: the BiDi command
 * browser.setDownloadBehavior (puppeteer has no public call for it after launch).
 */
export async function allowDownloads(browser: Browser, dir: string): Promise<void> {
  if (isFirefox) {
    const bidi = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
    await bidi.send('browser.setDownloadBehavior', { downloadBehavior: { type: 'allowed', destinationFolder: dir } });
    return;
  }
  const session = await browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, eventsEnabled: true });
}

/**
 * The name of a finished download in `dir` whose name passes `match`, or null. Chromium writes
 * NAME.crdownload and renames it; Firefox writes NAME.part beside an empty NAME and moves it over.
 */
export function finishedDownload(dir: string, match: (name: string) => boolean): string | null {
  const names = readdirSync(dir);
  const done = names.find(
    (name) => match(name) && !name.endsWith('.crdownload') && !name.endsWith('.part') && !existsSync(join(dir, `${name}.part`)) && statSync(join(dir, name)).size > 0,
  );
  return done ?? null;
}

/**
 * Waits for a finished download in `dir` (see finishedDownload) and gives its name. Woken by the
 * folder's own change events (the browser's final rename or write), not by a timer; rejects with
 * the folder's listing after `timeout` ms.
 */
export function waitForFinishedDownload(dir: string, match: (name: string) => boolean, timeout = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const done = finishedDownload(dir, match);
      if (done === null) return false;
      finish();
      resolve(done);
      return true;
    };
    const watcher = watchDir(dir, () => void check());
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`no finished download in ${dir} within ${timeout} ms: ${readdirSync(dir).join(', ') || '(empty)'}`));
    }, timeout);
    function finish(): void {
      clearTimeout(timer);
      watcher.close();
    }
    check();
  });
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
