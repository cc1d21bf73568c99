/**
 * Whatever an admin pastes (emoji, ZWJ sequences, combining marks, right-to-left text, lone
 * surrogates from a broken copy), `check` must not throw and every range must lie inside the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFindings, runRules } from './engine';
import { applySuggestion, check, makeContext, RULES } from './index';
import type { Rule } from './rule';
import { testProfile } from './testing';
import type { CheckContext, Finding, GlossaryEntry } from './types';

const TOKENS = [
  '#', '@', ' ', '  ', '\n', '\r\n', '\t', '.', ',', '-', "'", '’', '!', '!!!', '?', '/', ':', '[', ']',
  'ijin', 'IJIN', 'Idul', 'Fitri', 'pasca', 'non', 'https://', 'www.', 'bit.ly/', 's.id', 'go.id', '.com',
  '08', '+62', '62', '812', '3404121205950001', '3404 1212 0595 0001', '112', '1', '0', '2024',
  '[HOAKS]', 'Sumber:', 'gempa', 'pukul 23.00', 'akan', 'viralkan', 'KATANYA', 'usir', 'pendatang',
  'dukung', 'paslon', 'Pemkab Sleman', 'Diskominfo', 'Ramadhan', 'humas@', 'gmail.com',
  '😀', '👩‍👩‍👧', '🇮🇩', '\u200d', '\u200b', '\u202e', '\u200f', '\u0301', '\u0308', 'ـ', 'مرحبا', 'עברית',
  '\ud800', '\udc00', '\udbff', '\ufeff', '\u0000',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 1, arbitrary: loneSurrogate },
);
const caption = fc.array(unit, { maxLength: 24 }).map((parts) => parts.join(''));

const glossary: GlossaryEntry[] = [
  { id: 'a', preferred: 'Pemerintah Kabupaten Sleman', variants: ['Pemkab Sleman', '(a+)+', '😀'] },
  { id: 'b', preferred: 'Pemkab', variants: ['PemKab'], caseSensitive: true },
];
const profile = testProfile({
  shortNames: ['Diskominfo', '\u0301'],
  handles: { instagram: 'diskominfo_sleman', tiktok: 'x' },
  hashtags: { required: ['Sleman'], recommended: ['Jogja', '😀'], forbidden: ['#'] },
  tagline: 'Sleman SEMBADA',
  contacts: [{ kind: 'phone', value: '0812 3456 7890' }, { kind: 'email', value: 'a@b.com' }],
  allowedWords: ['ijin'],
});
const FIXED: CheckContext[] = [
  makeContext(),
  makeContext({ platform: 'facebook', lang: 'en', glossary, profile }),
  makeContext({ platform: 'tiktok', glossary, profile, settings: { rules: { 'hoax-signs': { phrases: ['.*', '\\'] } } } }),
];

const FAILED = /gagal dan dilewati|failed and was skipped/;

function assertSane(text: string, findings: Finding[]): void {
  let previous = -1;
  for (const f of findings) {
    if (!(f.start >= 0 && f.start <= f.end && f.end <= text.length)) {
      throw new Error(`${f.ruleId} range [${f.start}, ${f.end}) outside text of length ${text.length}`);
    }
    if (f.start < previous) throw new Error('findings not sorted');
    previous = f.start;
    if (f.message.length === 0) throw new Error(`${f.ruleId} without message`);
    for (const s of f.suggestions ?? []) if (typeof s !== 'string') throw new Error('suggestion not a string');
    // The engine turns a throwing rule into an info finding; for the real rules that is a bug too.
    if (FAILED.test(f.message)) throw new Error(`${f.ruleId} threw: ${f.message}`);
    applySuggestion(text, f);
  }
}

// Sized to finish well inside the unit timeout (30 s) on a loaded 2-core machine; the tokens above
// are the hostile ones, so a few thousand captions reach every rule's edge cases. A fresh context
// costs 20-40 ms (hoax-signs, glossary and short-name phrase indexes are rebuilt), hence fewer there.
const RUNS = { fixed: 3_000, contexts: 200, isolated: 600 };

describe('check on arbitrary Unicode', () => {
  it(`never throws and keeps every range inside the text (${RUNS.fixed} captions, fixed contexts)`, () => {
    fc.assert(
      fc.property(caption, fc.nat(FIXED.length - 1), (text, i) => {
        assertSane(text, check(text, FIXED[i] as CheckContext));
      }),
      { numRuns: RUNS.fixed },
    );
  });

  const word = fc.string({ unit: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 2 })), maxLength: 4 });
  const anyContext = fc.record({
    platform: fc.constantFrom('instagram' as const, 'facebook' as const, 'tiktok' as const),
    lang: fc.constantFrom('id' as const, 'en' as const),
    shortNames: fc.array(word, { maxLength: 3 }),
    variants: fc.array(word, { maxLength: 4 }),
    phrases: fc.array(word, { maxLength: 3 }),
    tagline: word,
    handle: word,
  });

  it(`never throws with arbitrary profiles, glossaries and preset phrases (${RUNS.contexts} captions)`, () => {
    fc.assert(
      fc.property(caption, anyContext, (text, c) => {
        const ctx = makeContext({
          platform: c.platform,
          lang: c.lang,
          glossary: [{ id: 'g', preferred: 'P', variants: c.variants }],
          profile: testProfile({ shortNames: c.shortNames, tagline: c.tagline, handles: { [c.platform]: c.handle }, allowedWords: c.variants }),
          settings: { rules: { 'hoax-signs': { phrases: c.phrases }, sara: { phrases: c.phrases }, 'election-neutrality': { phrases: c.phrases } } },
        });
        assertSane(text, check(text, ctx));
      }),
      { numRuns: RUNS.contexts },
    );
    // The deep rules (lexicon, unknown-word suggestions) run here too; random text is full of unknown words.
  });
});

describe('each rule runs isolated', () => {
  const thrower = (id: string, when: (text: string) => boolean): Rule => ({
    id,
    category: 'hoax',
    severity: 'error',
    run: ({ text }) => {
      if (when(text)) throw new Error('on purpose');
      return [];
    },
  });

  it(`a rule that throws yields one info "rule X failed" and every other rule still reports the same (${RUNS.isolated} captions)`, () => {
    fc.assert(
      fc.property(caption, fc.nat(RULES.length), fc.nat(FIXED.length - 1), (text, at, i) => {
        const ctx = FIXED[i] as CheckContext;
        const rules = [...RULES.slice(0, at), thrower('test-throws', () => true), ...RULES.slice(at)];
        const withThrower = runRules(rules, text, ctx);
        const failures = withThrower.filter((f) => f.ruleId === 'test-throws');
        expect(failures).toHaveLength(1);
        expect(failures[0]).toMatchObject({ severity: 'info', start: 0, end: 0 });
        expect(failures[0]?.message).toMatch(FAILED);
        expect(failures[0]?.message).toContain('test-throws');
        expect(withThrower.filter((f) => f.ruleId !== 'test-throws')).toEqual(check(text, ctx));
      }),
      { numRuns: RUNS.isolated },
    );
  });

  it('names the failed rule in the caption language and sorts it with the rest', () => {
    const en = runRules([thrower('boom', () => true), ...RULES], 'Ijin #A', makeContext({ lang: 'en' }));
    expect(en.find((f) => f.ruleId === 'boom')?.message).toBe('Check "boom" failed and was skipped; the other checks ran.');
    const id = runRules([thrower('boom', () => true)], 'x', makeContext());
    expect(id).toEqual([{ ruleId: 'boom', category: 'hoax', severity: 'info', start: 0, end: 0, message: 'Pemeriksaan "boom" gagal dan dilewati; pemeriksaan lain tetap berjalan.' }]);
    expect([...en].sort(compareFindings)).toEqual(en);
    expect(en.some((f) => f.ruleId === 'spelling')).toBe(true);
  });

  it('a rule switched off in the settings is not run at all, so it cannot fail', () => {
    const ctx = makeContext({ settings: { rules: { boom: { enabled: false } } } });
    expect(runRules([thrower('boom', () => true)], 'x', ctx)).toEqual([]);
  });
});
