#!/usr/bin/env node
// `npx saring-check --json FILE`: the checks from the terminal without npm's "> saring check"
// banner on stdout, so --json output can be piped straight into a JSON reader.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
const run = spawnSync(tsx, [join(root, 'scripts', 'check.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 2);
