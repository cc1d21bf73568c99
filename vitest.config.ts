import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they test; the browser suite (tests/) has its own config.
export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The bundled catalogs, as extension pages have them (the content script registers its own).
    setupFiles: ['lib/i18n/index.ts', 'lib/checks/deep/install.ts'],
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
