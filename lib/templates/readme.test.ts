import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { README_END, README_START, replaceSection, templatesReadmeSection } from './readme';
import { BUILTIN_TEMPLATES } from './library';

describe('README template section', () => {
  it('matches the library (run `npm run docs:templates` after changing it)', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const start = readme.indexOf(README_START) + README_START.length;
    const end = readme.indexOf(README_END);
    expect(start).toBeGreaterThan(README_START.length - 1);
    expect(readme.slice(start, end)).toBe(templatesReadmeSection());
  });

  it('lists every built-in template', () => {
    const section = templatesReadmeSection();
    for (const t of BUILTIN_TEMPLATES) expect(section).toContain(`| \`${t.id}\` |`);
  });

  it('replaces only the text between the markers', () => {
    const readme = `# X\n${README_START}\nold\n${README_END}\n## Y\n`;
    expect(replaceSection(readme, '\nnew\n')).toBe(`# X\n${README_START}\nnew\n${README_END}\n## Y\n`);
    expect(replaceSection('# no markers', 'x')).toBeNull();
  });
});

describe('compactJson', () => {
  it('prints the same data as JSON.stringify, short parts on one line', async () => {
    const { compactJson } = await import('./readme');
    const value = { templates: BUILTIN_TEMPLATES };
    const text = compactJson(value, '');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(text).toContain('"label": { "id": ');
  });
});
