import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, README_PATH, START, rulesMarkdown, withRules } from './docs-rules';
import { RULES } from '../lib/checks/rules';

describe('README rule list', () => {
  it('matches the registry (run `npm run docs:rules` after changing a rule)', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    const section = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END));
    expect(section.trim()).toBe(rulesMarkdown().trim());
  });

  it('lists every rule once', () => {
    const table = rulesMarkdown();
    for (const rule of RULES) expect(table.split(`| \`${rule.id}\` |`).length - 1).toBe(1);
  });

  it('only touches the text between the markers', () => {
    const doc = `# A\n\n${START}\nSTALE TABLE\n${END}\n\n## B\n`;
    const out = withRules(doc);
    expect(out.startsWith(`# A\n\n${START}\n`)).toBe(true);
    expect(out.endsWith(`${END}\n\n## B\n`)).toBe(true);
    expect(out).not.toContain('STALE TABLE');
    expect(() => withRules('# no markers')).toThrow(/rules:start/);
  });
});
