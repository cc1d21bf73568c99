import { describe, expect, it } from 'vitest';
import { runRule } from '../testing';
import { spelling } from '../rules/spelling';
import {
  BOUND_FORMS,
  ELECTION,
  HOAX,
  SARA,
  SHORTENERS,
  loadBoundForms,
  loadHoax,
  loadShorteners,
  loadSpelling,
} from './index';
import { SPELLING } from './spelling';

describe('bundled word lists', () => {
  it('load, with a source on every entry', () => {
    expect(SPELLING.length).toBeGreaterThanOrEqual(1200);
    const all = [...SPELLING, ...HOAX.phrases, ...HOAX.disasters, ...SHORTENERS, ...SARA.terms, ...ELECTION.phrases, ...BOUND_FORMS];
    for (const e of all) expect(e.source.length).toBeGreaterThan(3);
  });

  it('never suggest a spelling the list itself calls wrong', () => {
    for (const e of SPELLING) {
      expect(runRule(spelling, e.right), `${e.wrong} → ${e.right}`).toEqual([]);
    }
  });

  it('flag every wrong form they list', () => {
    for (const e of SPELLING) {
      const found = runRule(spelling, e.wrong);
      expect(found.map((f) => f.suggestions?.[0]), e.wrong).toEqual([e.right]);
    }
  });
});

// Words that are right in one sense, names, or official spellings: flagging them would teach admins
// to ignore the panel. Keep them out of the list.
const AMBIGUOUS: Record<string, string> = {
  sangsi: 'doubtful (KBBI), not only a misspelling of sanksi',
  rubah: 'fox; only "merubah" is wrong',
  formil: 'established legal term ("uji formil")',
  paska: 'also used for Easter (Paskah)',
  bis: 'also "encore"',
  tau: 'the Greek letter; and a brand',
  rizki: "a common person's name",
  sertipikat: 'the spelling BPN uses on land certificates',
  prangko: 'the KBBI standard form',
  nafsu: 'the KBBI standard form',
  antar: 'a verb ("antar jemput") as well as a bound form',
  kontra: 'a free word in "pro dan kontra"',
};

describe('ambiguous words', () => {
  it.each(Object.entries(AMBIGUOUS))('"%s" is not in the spelling list or the bound forms (%s)', (word) => {
    expect(SPELLING.map((e) => e.wrong)).not.toContain(word);
    expect(BOUND_FORMS.map((b) => b.prefix)).not.toContain(word);
  });

  it('no spelling entry starts with a bound form, which the bound-form rule already joins', () => {
    const prefixes = new Set(BOUND_FORMS.map((b) => b.prefix));
    for (const e of SPELLING) expect(prefixes.has(e.wrong.split(' ')[0] ?? ''), e.wrong).toBe(false);
  });
});

describe('a malformed entry fails loudly', () => {
  it.each([
    ['no source', [{ wrong: 'ijin', right: 'izin' }], /spelling.*0/],
    ['empty source', [{ wrong: 'ijin', right: 'izin', source: '' }], /source/],
    ['wrong equals right', [{ wrong: 'izin', right: 'Izin', source: 'KBBI' }], /same word/],
    ['upper-case key', [{ wrong: 'Ijin', right: 'izin', source: 'KBBI' }], /lower case/],
    ['stray blank', [{ wrong: 'ijin ', right: 'izin', source: 'KBBI' }], /blank/],
    ['unknown field', [{ wrong: 'ijin', right: 'izin', source: 'KBBI', typo: true }], /spelling/],
    ['duplicate', [{ wrong: 'ijin', right: 'izin', source: 'KBBI' }, { wrong: 'ijin', right: 'izin', source: 'KBBI' }], /duplicate/],
    ['three words', [{ wrong: 'a b c', right: 'abc', source: 'KBBI' }], /more than two words/],
  ])('spelling: %s', (_name, raw, message) => {
    expect(() => loadSpelling(raw)).toThrow(message);
  });

  it('hoax phrases need a known sign and weight', () => {
    const base = { disasters: [], predictions: [] };
    expect(() => loadHoax({ ...base, phrases: [{ phrase: 'x', sign: 'rumour', source: 'Mafindo', weight: 1 }] })).toThrow(/hoax/);
    expect(() => loadHoax({ ...base, phrases: [{ phrase: 'x', sign: 'spread', source: 'Mafindo', weight: 3 }] })).toThrow(/hoax/);
  });

  it('shorteners are bare domains', () => {
    expect(() => loadShorteners([{ domain: 'https://bit.ly/', source: 'Komdigi' }])).toThrow(/bare domain/);
  });

  it('bound forms are lower case', () => {
    expect(() => loadBoundForms([{ prefix: 'Pasca', source: 'EYD V' }])).toThrow(/lower case/);
  });
});
