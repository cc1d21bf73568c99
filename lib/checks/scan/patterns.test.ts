/**
 * Every regular expression the engine builds in is proven free of catastrophic backtracking with
 * recheck (the panel runs them on every keystroke, on text pasted from anywhere), and preset text
 * is shown to be escaped rather than compiled.
 */
import { check as recheck } from 'recheck';
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../vocabulary/glossary';
import { PATTERNS, escapeRegExp } from './patterns';
import { compilePhrases } from '../vocabulary/phrases';

// Built-in word and phrase lists are matched on word tokens (phraseIndex.ts), not compiled to
// patterns, so this record is every regular expression the engine ships.
const builtIn: Array<[string, RegExp | null]> = Object.entries(PATTERNS);

describe('built-in regular expressions are linear (recheck)', () => {
  for (const [name, re] of builtIn) {
    it(name, async () => {
      expect(re).not.toBeNull();
      if (re === null) return;
      const diagnostics = await recheck(re.source, re.flags, { timeout: 20_000 });
      expect({ name, status: diagnostics.status }).toEqual({ name, status: 'safe' });
    }, 30_000);
  }
});

describe('preset text is escaped, never compiled', () => {
  it('escapes every syntax character', () => {
    const nasty = '(a+)+$ [x] {2} | \\ ^ . * ? /';
    const re = new RegExp(escapeRegExp(nasty), 'u');
    expect(re.test(nasty)).toBe(true);
    expect(re.test('aaaa')).toBe(false);
  });

  it('a preset phrase that would be catastrophic as a pattern matches only itself, quickly', async () => {
    const re = compilePhrases(['(a+)+b', 'x.y']);
    expect(re).not.toBeNull();
    if (re === null) return;
    // Linear by construction (recheck below proves it); speed figures belong in npm run bench.
    expect('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'.match(re)).toBeNull();
    expect('xzy'.match(re)).toBeNull();
    expect(' (a+)+b '.match(re)?.[0]).toBe('(a+)+b');
    expect((await recheck(re.source, re.flags)).status).toBe('safe');
  });

  it('a glossary with pattern-like variants compiles to a linear matcher', async () => {
    const compiled = compileGlossary([{ id: 'x', preferred: 'Y', variants: ['(.*)*', 'a|b', '\\d+'] }]);
    const re = compiled.anyCase;
    expect(re).not.toBeNull();
    if (re === null) return;
    expect((await recheck(re.source, re.flags)).status).toBe('safe');
    expect(re.test('a')).toBe(false);
  });
});
