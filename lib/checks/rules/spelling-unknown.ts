import { deepRule } from '../deep';
import { msg } from '../rule';

/** Runs where the lexicon lives (the work is in deep/, installed by deep/install.ts). */
export const spellingUnknown = deepRule({
  id: 'spelling-unknown',
  category: 'spelling',
  severity: 'info',
  description: msg(
    'Kata yang tidak ada di kamus (hunspell-id dan tambahan KBBI), dengan saran kata terdekat (pemerintaah → pemerintah). Nama, istilah profil dan glosarium, kata berhuruf kapital, tagar, akun, tautan, angka, dan kata yang diizinkan tidak ditandai.',
    'Words not in the dictionary (hunspell-id plus KBBI additions), with the nearest known words (pemerintaah → pemerintah). Names, profile and glossary terms, capitalised words, hashtags, handles, links, numbers and allowed words are never flagged.',
  ),
});
