import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The README's layer map stays true: every folder placed, lib/ in the order lint:layers enforces. */
const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## How it is built'), readme.indexOf('### How text gets into the composers'));
const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

/** The layer order of .dependency-cruiser.cjs, top first. */
const config = readFileSync(join(root, '.dependency-cruiser.cjs'), 'utf8');
const layers = [.../const LAYERS = \[([\s\S]*?)\]/.exec(config)?.[1]?.matchAll(/'([^']+)'/g) ?? []].map((m) => m[1]);

const folders = (dir: string) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/** Each entry of the map: the folder at the start of a line and its (possibly wrapped) description. */
const entries = new Map(block.split(/\n(?=\S)/).flatMap((entry) => {
  const match = /^(\S+)\/\s+([\s\S]*)$/.exec(entry);
  return match ? [[match[1] as string, match[2] as string] as const] : [];
}));

describe("the README's layer map", () => {
  it('has a map to check', () => {
    expect(entries.size).toBeGreaterThan(10);
    expect(layers.length).toBeGreaterThan(10);
  });

  it('places every lib/ folder, in the order the layer check enforces', () => {
    const placed = [...entries.keys()];
    expect(placed.filter((name) => name.startsWith('lib/')).sort()).toEqual(folders('lib').map((name) => `lib/${name}`).sort());
    expect(placed.filter((name) => layers.includes(name))).toEqual(layers);
    expect(placed).toContain('scripts');
  });

  it('names every components/ and entrypoints/ folder', () => {
    for (const dir of ['components', 'entrypoints']) {
      const text = entries.get(dir) ?? '';
      for (const name of folders(dir)) expect(text, `${dir}/${name}`).toMatch(new RegExp(`(^|[^\\w.-])${name.replace('.', '\\.')}(?![\\w.-])`));
    }
  });

  it('places the tracked folders outside the layers', () => {
    const outside = section.slice(section.indexOf('Outside the layers'));
    const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter((path) => path.includes('/')).map((path) => path.split('/')[0]));
    const rest = [...tracked].filter((name) => !name?.startsWith('.') && !['lib', 'components', 'entrypoints', 'scripts'].includes(name ?? ''));
    expect(rest.length).toBeGreaterThan(0);
    for (const name of rest) expect(outside, name).toContain(`\`${name}/\``);
  });
});
