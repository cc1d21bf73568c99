/**
 * `npm start`: builds Saring, serves the three demo composers (the same fixture pages the browser
 * suite uses: real Lexical and Draft.js editors) on loopback, and opens a visible Chromium with the
 * extension loaded on the practice page and the three composers. No account and no network needed.
 */
import { spawnSync } from 'node:child_process';
import { buildFixtures } from './harness/build';
import { startFixtureServer } from './harness/server';
import { repoRoot } from './harness/paths';
import { chromiumPath, launchBrowser } from './harness/browser';

function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'npm start opens a browser window, and this machine has no display.\n' +
      'Run it under a virtual display instead:  xvfb-run -a npm start   (Debian: apt-get install -y xvfb)\n' +
      'Or run the tests, which need no display:  npm test',
  );
}

const build = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) fail('The extension did not build (see above).');

await buildFixtures();
const server = await startFixtureServer();
// A new admin's first run: the welcome page opens too (behind the practice page).
const launched = await launchBrowser({ port: server.port, extension: true, headless: false, welcome: true }).catch((error: unknown) =>
  fail(`Chromium did not start (${chromiumPath}): ${String(error)}`),
);
const { browser } = launched;

const worker = await browser.waitForTarget(
  (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  { timeout: 15_000 },
);
const extensionId = new URL(worker.url()).host;
const urls = [
  `chrome-extension://${extensionId}/practice.html`,
  'https://www.instagram.com/',
  'https://www.facebook.com/',
  'https://www.tiktok.com/tiktokstudio/upload',
  'https://www.facebook.com/pemkab.saring/',
  'https://business.facebook.com/latest/composer/',
];
const [first] = await browser.pages();
const opened = [];
for (const [index, url] of urls.entries()) {
  const page = index === 0 && first ? first : await browser.newPage();
  await page.goto(url).catch(() => undefined);
  opened.push(page);
}
// The practice page in front: it works without any set-up and shows what Saring does.
await opened[0]?.bringToFront();
process.stdout.write(
  `\nSaring is running: the practice page and demo composers for Instagram, Facebook and TikTok are open.\n` +
    `Close the browser window (or press Ctrl+C) to stop.\n`,
);

const stop = async () => {
  await launched.close();
  await server.close();
  process.exit(0);
};
browser.on('disconnected', () => void stop());
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
