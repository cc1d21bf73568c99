import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they test; the browser suite (tests/) has its own config.
export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The bundled catalogs, as extension pages have them (the content script registers its own).
    setupFiles: ['lib/i18n/index.ts'],
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
