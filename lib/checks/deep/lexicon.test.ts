import { describe, expect, it } from 'vitest';
import { WORDS } from '../hunspell/words';
import { runRule } from '../testing';
import { spellingChat } from '../rules/spelling-chat';
import { spelling } from '../rules/spelling';
import { CHAT, LEXICON, LEXICON_EXTRA, SPELLING } from './data';
import { Lexicon, decodeWords } from './lexicon';

const HUNSPELL = new Lexicon(decodeWords(WORDS), [], []);

describe('the lexicon (hunspell-id expanded, plus KBBI words it lacks)', () => {
  it('holds the expanded dictionary', () => {
    expect(HUNSPELL.size).toBeGreaterThan(50_000);
    for (const w of ['pemerintah', 'menulis', 'ditulis', 'meningkatkan', 'pemerintahan', 'kesehatan', 'mengimbau', 'salah', 'sekolah']) expect(HUNSPELL.has(w), w).toBe(true);
  });

  it('strips enclitics and accepts bound forms joined to a known word', () => {
    expect(LEXICON.has('rumahnya')).toBe(true);
    expect(LEXICON.has('dialah')).toBe(true);
    expect(LEXICON.has('pascabanjir')).toBe(true);
    expect(LEXICON.has('pemerintaah')).toBe(false);
  });

  it('suggests the word one edit away', () => {
    expect(LEXICON.suggest('pemerintaah')[0]).toBe('pemerintah');
    expect(LEXICON.suggest('masyarkat')).toContain('masyarakat');
  });

  it('adds only words hunspell-id lacks, each with a source', () => {
    for (const e of LEXICON_EXTRA) {
      expect(HUNSPELL.has(e.word), `${e.word} is already in hunspell-id`).toBe(false);
      expect(e.source.length).toBeGreaterThan(10);
    }
  });
});

describe('the spelling list against the lexicon', () => {
  it('has at least 1,500 entries, hand-written and derived', () => {
    expect(SPELLING.length).toBeGreaterThanOrEqual(1500);
    expect(SPELLING.filter((e) => e.derivedFrom === undefined).length).toBeGreaterThanOrEqual(1200);
  });

  it('every standard form is a word the lexicon accepts', () => {
    const rejected = SPELLING.flatMap((e) => e.right.toLowerCase().split(' ').filter((w) => !LEXICON.has(w)).map((w) => `${e.wrong} → ${w}`));
    expect(rejected).toEqual([]);
  });

  it('every derived entry comes from a hand-written one', () => {
    const hand = new Set(SPELLING.filter((e) => e.derivedFrom === undefined).map((e) => e.wrong));
    for (const e of SPELLING) if (e.derivedFrom !== undefined) expect(hand.has(e.derivedFrom), e.wrong).toBe(true);
  });

  it('catches every listed non-standard form (also with -nya after it is not invented)', () => {
    const missed = SPELLING.filter((e) => runRule(spelling, e.wrong).length !== 1).map((e) => e.wrong);
    expect(missed).toEqual([]);
  });
});

describe('the chat list', () => {
  it('flags every entry with its full word, and the full word is Indonesian', () => {
    for (const e of CHAT) {
      const found = runRule(spellingChat, `Kata ${e.wrong} di sini`);
      expect(found.map((f) => f.suggestions?.[0]), e.wrong).toEqual([e.right]);
      for (const w of e.right.replace(/\.$/, '').split(' ')) if (e.dot !== true) expect(LEXICON.has(w), w).toBe(true);
    }
  });
});
