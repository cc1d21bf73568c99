import { describe, expect, it } from 'vitest';
import { countHashtags } from './hashtag-count';

describe('countHashtags', () => {
  it.each([
    ['', 0],
    ['#SatuData #Sleman', 2],
    ['Layanan #KTPel, #DukcapilSleman.', 2],
    ['no tags: C# and a&#35;b', 0],
    ['#HUTRI80\n#MerdekaBelajar', 2],
    ['#Ramadan1447H #ramadan1447h', 2],
  ])('%j has %i', (text, expected) => {
    expect(countHashtags(text)).toBe(expected);
  });
});
