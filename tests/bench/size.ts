import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = '.output/chrome-mv3';

function gzipKb(path: string): number {
  return Math.round((gzipSync(readFileSync(path), { level: 9 }).length / 1024) * 10) / 10;
}

/** Sizes of what the browser loads, from the last `npm run build`. */
export async function benchSize(): Promise<Record<string, number | string>> {
  const dir = join(BUILD, 'content-scripts');
  if (!existsSync(dir)) return { 'content script': 'not built (run npm run build)' };
  const figures: Record<string, number | string> = {};
  for (const file of readdirSync(dir).sort()) {
    figures[`content-scripts/${file} (KB gzip, budget 60 for the js)`] = gzipKb(join(dir, file));
  }
  const background = join(BUILD, 'background.js');
  if (existsSync(background)) figures['background.js (KB gzip)'] = gzipKb(background);
  return figures;
}
