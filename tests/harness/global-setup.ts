/**
 * Runs once before the browser suite: checks the extension was built, bundles the fixtures and
 * starts the HTTPS fixture server whose port the test files read with inject('fixturePort').
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFixtures } from './build';
import { extensionDir, isFirefox } from './paths';
import { startFixtureServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    fixturePort: number;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    const build = isFirefox ? 'npm run build:firefox' : 'npm run build';
    throw new Error(`The browser suite loads the built extension, but ${extensionDir}/manifest.json is missing. Run \`${build}\` first.`);
  }
  await buildFixtures();
  const server = await startFixtureServer();
  project.provide('fixturePort', server.port);
  return () => server.close();
}
