/**
 * `npm run test:browser [-- --browser chromium|firefox] [vitest arguments…]`: the browser suite in
 * each browser in turn (both by default), or in the one named. vitest rejects unknown flags, so the
 * choice reaches the harness as SARING_BROWSER (tests/harness/paths.ts).
 */
import { spawnSync } from 'node:child_process';
import { browserNames, type BrowserName } from './harness/paths';

const args = process.argv.slice(2);
const chosen: BrowserName[] = [];
const rest: string[] = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i] ?? '';
  const value = arg === '--browser' ? args[++i] : arg.startsWith('--browser=') ? arg.slice('--browser='.length) : null;
  if (value === null) {
    rest.push(arg);
    continue;
  }
  if (!browserNames.includes(value as BrowserName)) {
    console.error(`--browser ${value ?? ''}: one of ${browserNames.join(', ')}`);
    process.exit(2);
  }
  chosen.push(value as BrowserName);
}

/**
 * Firefox runs these files by default: every file that drives a content script (the composers, the
 * panel, the prompt, replies, TikTok tags, the practice page), each proven in Firefox on its own
 * (issue 13). The extension-page files (journal, options, subscriptions, coordinator) and the side
 * panel (Chromium only, see tests/harness/chromium-only.ts) run in Chromium only by default;
 * `--browser firefox tests/x.test.ts` still runs any file in Firefox.
 */
const FIREFOX_FILES = [
  'tests/adapters.test.ts',
  'tests/selectors.test.ts',
  'tests/panel.test.ts',
  'tests/panel-features.test.ts',
  'tests/keyboard.test.ts',
  'tests/placement.test.ts',
  'tests/replies.test.ts',
  'tests/welcome.test.ts',
  'tests/tiktok-tags.test.ts',
  'tests/tiktok-panel.test.ts',
  'tests/meta-composers.test.ts',
  'tests/practice.test.ts',
  'tests/claims-panel.test.ts',
];

let failed = false;
for (const browser of chosen.length > 0 ? chosen : browserNames) {
  const started = Date.now();
  console.log(`\n=== Browser suite in ${browser} ===`);
  const files = browser === 'firefox' && !rest.some((arg) => arg.endsWith('.test.ts')) ? FIREFOX_FILES : [];
  if (files.length > 0) console.log(`Firefox: ${files.join(', ')} (the content-script files; the extension-page files run in Chromium)`);
  const run = spawnSync('npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', ...rest, ...files], {
    stdio: 'inherit',
    env: { ...process.env, SARING_BROWSER: browser },
  });
  console.log(`=== ${browser}: ${run.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s ===`);
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
