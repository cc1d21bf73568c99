/**
 * Bundles the fixture pages (real lexical / draft-js + react) and the adapter probe at test time, so
 * nothing generated is committed.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { buildDir, repoRoot } from './paths';

export async function buildFixtures(): Promise<void> {
  const fixtures = join(repoRoot, 'tests', 'fixtures');
  await build({
    entryPoints: {
      instagram: join(fixtures, 'instagram.ts'),
      facebook: join(fixtures, 'facebook.ts'),
      tiktok: join(fixtures, 'tiktok.tsx'),
      business: join(fixtures, 'business.ts'),
      replies: join(fixtures, 'replies.tsx'),
    },
    outdir: join(buildDir, 'fixtures'),
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    // Production builds: React's development warnings would show up as console errors that the
    // suite treats as failures, and the sites ship production builds too.
    // fbjs (under draft-js) still reads Node's `global`.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    tsconfig: join(fixtures, 'tsconfig.json'),
    jsx: 'automatic',
    jsxImportSource: 'react',
    logLevel: 'warning',
  });
  // The adapters exactly as the content script bundles them, exposed to an isolated world.
  await build({
    entryPoints: { probe: join(repoRoot, 'tests', 'harness', 'probe.ts') },
    outdir: buildDir,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    tsconfig: join(repoRoot, 'tsconfig.json'),
    logLevel: 'warning',
  });
}
