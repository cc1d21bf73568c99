import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { browserName, isFirefox } from './harness/paths';

// The browser suite: real Chromium or Firefox (SARING_BROWSER, see tests/run-browser.ts), one browser
// at a time (the CI machine has two cores), generous timeouts because each file launches a browser.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Shown before every test name, so a failure says which browser it was in.
    name: browserName,
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/harness/global-setup.ts'],
    // Skips the tests listed in tests/harness/chromium-only.ts when the browser is Firefox.
    setupFiles: ['tests/harness/browser-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    // Every wait inside a test is on a condition; this bound only catches a hung test. The long
    // tests (100 openings, axe over every options section) need minutes on a loaded 2-core machine,
    // and Firefox over BiDi runs the same steps two to three times slower than Chromium over CDP.
    testTimeout: isFirefox ? 300_000 : 150_000,
    hookTimeout: 120_000,
  },
});
