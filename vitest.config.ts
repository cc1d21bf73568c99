import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they test; the browser suite (tests/) has its own config.
export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // A bound for a hung test, not a speed check: on a loaded 2-core machine a component test that
    // renders a hundred rows can take several seconds (speed is measured by npm run bench).
    testTimeout: 30_000,
    // The bundled catalogs, as extension pages have them (the content script registers its own).
    setupFiles: ['lib/i18n/index.ts', 'lib/checks/deep/install.ts'],
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
