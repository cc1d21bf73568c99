/**
 * The README's rule table, generated from the registry so it cannot drift: `npm run docs:rules`
 * rewrites the part of README.md between the rules markers; docs.test.ts fails when it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SPELLING } from '../lib/checks/data/spelling';
import { DEFAULT_LIMITS } from '../lib/checks/defaults';
import { ruleDescription } from '../lib/checks/rule-descriptions';
import { RULES } from '../lib/checks/rules';

export const START = '<!-- rules:start -->';
export const END = '<!-- rules:end -->';

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function rulesMarkdown(): string {
  const lines = [
    '<!-- Generated from lib/checks/rules/index.ts by `npm run docs:rules`; edit the rules, not this table. -->',
    '',
    `${RULES.length} rules. A preset's rule settings can turn each off or give it another severity, and set the`,
    `platform limits (defaults: Instagram ${DEFAULT_LIMITS.instagram.captionLength} characters and ${String(DEFAULT_LIMITS.instagram.hashtags)} hashtags, TikTok`,
    `${DEFAULT_LIMITS.tiktok.captionLength} and ${String(DEFAULT_LIMITS.tiktok.hashtags)}, Facebook ${DEFAULT_LIMITS.facebook.captionLength}). Word and phrase lists live in \`lib/checks/data/\` with a source per`,
    `entry (spelling: ${SPELLING.length} entries from KBBI / EYD V). From a terminal: \`npm run check -- FILE\``,
    '(`--json`, `--platform`, `--preset PACK.json`, `--lang en`).',
    '',
    '| Rule | Category | Default | What it catches | Yang ditangkap |',
    '|---|---|---|---|---|',
    ...RULES.map((r) => {
      const d = ruleDescription(r.id);
      const en = r.takesPhrases === true ? `${d.en} Presets can add phrases.` : d.en;
      const id = r.takesPhrases === true ? `${d.id} Preset dapat menambah frasa.` : d.id;
      return `| \`${r.id}\` | ${r.category} | ${r.severity} | ${cell(en)} | ${cell(id)} |`;
    }),
  ];
  return lines.join('\n');
}

/** README text with the section between the markers replaced; throws when a marker is missing. */
export function withRules(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md needs ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n${rulesMarkdown()}\n${readme.slice(end)}`;
}

export const README_PATH = join(import.meta.dirname, '..', 'README.md');

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  const readme = readFileSync(README_PATH, 'utf8');
  const next = withRules(readme);
  if (next !== readme) writeFileSync(README_PATH, next);
  process.stdout.write(next === readme ? 'README.md rules are up to date.\n' : 'README.md rules updated.\n');
}
