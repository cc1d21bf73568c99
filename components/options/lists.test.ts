import { describe, expect, it } from 'vitest';
import { freshId, joinHashtags, parseCount, slugify, splitHashtags, splitList } from './lists';

describe('lists', () => {
  it('splits lines and commas, trims, drops empties and repeats', () => {
    expect(splitList(' Pemkab Sleman \n\nDiskominfo, Pemkab Sleman')).toEqual(['Pemkab Sleman', 'Diskominfo']);
  });
  it('reads hashtags however they are pasted', () => {
    expect(splitHashtags('#SlemanSembada  #JogjaIstimewa,\nsleman ##x')).toEqual(['SlemanSembada', 'JogjaIstimewa', 'sleman', 'x']);
    expect(joinHashtags(['A', 'B'])).toBe('#A #B');
    expect(splitHashtags(joinHashtags(['A', 'B']))).toEqual(['A', 'B']);
  });
  it('parses counts', () => {
    expect(parseCount('')).toBeUndefined();
    expect(parseCount(' 7 ')).toBe(7);
    expect(parseCount('-1')).toBeNaN();
    expect(parseCount('2.5')).toBeNaN();
  });
  it('makes ids', () => {
    expect(slugify('Dinas Komunikasi & Informatika Kab. Sleman')).toBe('dinas-komunikasi-informatika-kab-sleman');
    expect(freshId('Sleman', new Set(['sleman', 'sleman-2']), 'profil')).toBe('sleman-3');
    expect(freshId('!!!', new Set(), 'profil')).toBe('profil');
  });
});
