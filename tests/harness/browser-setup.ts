/**
 * Loaded into every browser-suite file (tests/vitest.config.ts, setupFiles): in Firefox, the tests
 * listed in chromium-only.ts are skipped by name, with the reason printed.
 */
import { relative } from 'node:path';
import { beforeEach } from 'vitest';
import { brokenAfterMergeReason, chromiumOnlyReason } from './chromium-only';
import { isFirefox, repoRoot } from './paths';

interface Named {
  name: string;
  suite?: Named;
}

/** "describe > it" without the file (the file is a suite too). */
function fullName(task: Named, file: Named): string {
  const names: string[] = [];
  for (let at: Named | undefined = task; at && at !== file; at = at.suite) names.unshift(at.name);
  return names.join(' > ');
}

beforeEach((context) => {
  const file = relative(repoRoot, context.task.file.filepath).split('\\').join('/');
  const name = fullName(context.task, context.task.file);
  const reason = brokenAfterMergeReason(file, name);
  if (reason === null) return;
  console.info(`[skipped, broken since the merge] ${file} > ${name}: ${reason}`);
  context.skip(`broken since the merge: ${reason}`);
});

if (isFirefox) {
  beforeEach((context) => {
    const file = relative(repoRoot, context.task.file.filepath).split('\\').join('/');
    const name = fullName(context.task, context.task.file);
    const reason = chromiumOnlyReason(file, name);
    if (reason === null) return;
    console.info(`[firefox] skipped, Chromium only: ${file} > ${name}: ${reason}`);
    context.skip(`Chromium only: ${reason}`);
  });
}
