/**
 * `npm run bench -- writing`: spelling findings per 1,000 words on the development corpus
 * (tests/bench/corpus/writing/, official captions, press releases and village announcements), per
 * rule, and the unknown-word rate against its budget (at most 1 per 500 words). `-- writing --list`
 * prints every finding, for counting precision by hand.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../../lib/checks/deep/install';
import { check, makeContext } from '../../lib/checks/index';
import type { Finding } from '../../lib/checks/types';

const DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'corpus/writing');
const SPELLING_RULES = /^spelling/;

export interface CorpusFinding {
  file: string;
  finding: Finding;
  text: string;
}

export function corpusFindings(): { words: number; findings: CorpusFinding[] } {
  let words = 0;
  const findings: CorpusFinding[] = [];
  const ctx = makeContext({ platform: 'facebook' });
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(DIR, file), 'utf8');
    words += text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    for (const finding of check(text, ctx)) {
      if (SPELLING_RULES.test(finding.ruleId)) findings.push({ file, finding, text: text.slice(finding.start, finding.end) });
    }
  }
  return { words, findings };
}

export async function benchWriting(): Promise<Record<string, number | string>> {
  const { words, findings } = corpusFindings();
  const per1000 = (n: number) => Math.round((n / words) * 1000 * 10) / 10;
  const figures: Record<string, number | string> = { 'corpus words': words, 'spelling findings per 1,000 words': per1000(findings.length) };
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.finding.ruleId, (byRule.get(f.finding.ruleId) ?? 0) + 1);
  for (const [rule, n] of [...byRule].sort()) figures[`  ${rule} per 1,000 words`] = per1000(n);
  const unknown = byRule.get('spelling-unknown') ?? 0;
  figures['spelling-unknown per 500 words (budget ≤ 1)'] = Math.round((unknown / words) * 500 * 100) / 100;
  if (process.argv.includes('--list')) {
    for (const f of findings) process.stdout.write(`${f.file}\t${f.finding.ruleId}\t${JSON.stringify(f.text)}\t→ ${JSON.stringify(f.finding.suggestions?.[0] ?? '')}\n`);
  }
  return figures;
}
