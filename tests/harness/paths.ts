import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Gitignored: fixture bundles, the adapter probe and the test certificate are made at test time. */
export const buildDir = join(repoRoot, '.tmp', 'browser-suite');

/**
 * The browser this run of the suite drives, chosen once for every file: SARING_BROWSER=firefox (set by
 * `npm run test:browser -- --browser firefox`, see tests/run-browser.ts); Chromium otherwise.
 */
export type BrowserName = 'chromium' | 'firefox';
export const browserNames: readonly BrowserName[] = ['chromium', 'firefox'];
export const browserName: BrowserName = ((): BrowserName => {
  const wanted = process.env.SARING_BROWSER || 'chromium';
  if (wanted !== 'chromium' && wanted !== 'firefox') throw new Error(`SARING_BROWSER=${wanted}: the suite runs in chromium or firefox`);
  return wanted;
})();
export const isFirefox = browserName === 'firefox';

/** Chromium loads the MV3 build, Firefox the MV2 build (`npm run build:firefox`). */
export const extensionDir = join(repoRoot, '.output', isFirefox ? 'firefox-mv2' : 'chrome-mv3');
