import { describe, expect, it } from 'vitest';
import { fitHashtags } from '../../templates/hashtags';
import { countHashtags, findHashtags } from './hashtag-scan';
import { check, makeContext } from '../index';

describe('countHashtags', () => {
  it.each([
    ['', 0],
    ['#SatuData #Sleman', 2],
    ['Layanan #KTPel, #DukcapilSleman.', 2],
    ['no tags: C# and a&#35;b', 0],
    ['#HUTRI80\n#MerdekaBelajar', 2],
    ['#Ramadan1447H #ramadan1447h', 2],
    ['https://sleman.go.id/#jadwal #Sleman #Jogja #A #B #C', 5],
    ['Surel humas#kab@slemankab.go.id #Sleman', 1],
  ])('%j has %i', (text, expected) => {
    expect(countHashtags(text)).toBe(expected);
  });
});

describe('one scanner for the counter, the rules and the templates', () => {
  const caption = 'Jadwal di https://sleman.go.id/#jadwal #Sleman #Jogja #A #B #C';

  it('the URL fragment is not a hashtag: the counter says 5 and hashtag-limit (5) reports nothing', () => {
    expect(findHashtags(caption).map((t) => t.text)).toEqual(['#Sleman', '#Jogja', '#A', '#B', '#C']);
    const ctx = makeContext({ platform: 'instagram' });
    expect(check(caption, ctx).filter((f) => f.ruleId === 'hashtag-limit')).toEqual([]);
  });

  it('a sixth real tag is both counted and reported, once', () => {
    const six = `${caption} #D`;
    expect(countHashtags(six)).toBe(6);
    const over = check(six, makeContext({ platform: 'instagram' })).filter((f) => f.ruleId === 'hashtag-limit');
    expect(over.map((f) => six.slice(f.start, f.end).trim())).toEqual(['#D']);
  });

  it('templates count the body the same way: a link fragment in the body takes no place from the block', () => {
    expect(fitHashtags('#A #B', 'Lihat https://sleman.go.id/#jadwal #X #Y #Z', [], 5)).toEqual({ block: '#A #B', dropped: [] });
  });
});
