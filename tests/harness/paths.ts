import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Gitignored: fixture bundles, the adapter probe and the test certificate are made at test time. */
export const buildDir = join(repoRoot, '.tmp', 'browser-suite');
export const extensionDir = join(repoRoot, '.output', 'chrome-mv3');
