import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The browser suite: real Chromium, one browser at a time (the CI machine has two cores), generous
// timeouts because each file launches a browser.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/harness/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
