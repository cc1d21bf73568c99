/**
 * EYD V II.G (partikel) and II.J (-ku, -mu, -nya): -lah, -kah and -nya are joined to the word before
 * them (rumah nya → rumahnya); pun stands apart (apapun → apa pun) except in the conjunctions that
 * KBBI writes as one word (walaupun, meskipun, adapun …), which in turn are never split.
 */
import { msg, type Draft, type RuleInput } from '../rule';
import { REF } from '../refs';
import type { Word } from '../scan/tokens';
import { LEXICON } from './data';
import { listedSpelling } from './spelling';

/** EYD V II.G catatan: pun that belongs to a conjunction is written joined. */
export const PUN_JOINED = new Set([
  'adapun', 'andaipun', 'ataupun', 'bagaimanapun', 'biarpun', 'kalaupun', 'kendatipun', 'maupun', 'meskipun',
  'sekalipun', 'sungguhpun', 'walaupun', 'sekalipun', 'mekipun',
]);
/** Words that end in "pun" and have nothing to do with it. */
const NOT_PUN = new Set(['ampun', 'rumpun', 'himpun', 'tumpun', 'lapun', 'pun']);
const SECTION_PARTICLE = 'EYD V (2022) II.G: partikel -lah, -kah, dan -tah ditulis serangkai dengan kata yang mendahuluinya; II.J: -ku, -mu, dan -nya juga ditulis serangkai';
const SECTION_PUN = 'EYD V (2022) II.G: partikel pun ditulis terpisah dari kata yang mendahuluinya, kecuali pada kata penghubung (adapun, meskipun, walaupun …)';

const CLITICS = new Set(['nya', 'lah', 'kah', 'tah']);

export function runParticle({ text, scan, allowed }: RuleInput): Draft[] {
  const words = scan.words();
  const out: Draft[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const prev = words[i - 1];
    // One blank between the two words, tested without cutting the text (this runs on every word).
    const gap = prev !== undefined && word.start === prev.end + 1 && text.charCodeAt(prev.end) === 32 ? ' ' : '';
    // "rumah nya", "apa kah": the particle stands alone after a word.
    if (CLITICS.has(word.lower) && prev !== undefined && gap === ' ' && /\p{Ll}/u.test(prev.text) && !scan.isProtected(prev.start, word.end)) {
      const joined = `${prev.text}${word.text}`;
      out.push({
        start: prev.start,
        end: word.end,
        message: msg(`Ditulis serangkai: "${joined}".`, `Write it as one word: "${joined}".`),
        explanation: msg(`${SECTION_PARTICLE} (rumahnya, dialah, apakah).`, `${SECTION_PARTICLE}: -nya, -lah and -kah are joined to the word before them (rumahnya, dialah, apakah).`),
        reference: REF.eyd,
        suggestions: [joined],
        safe: true,
      });
      continue;
    }
    // "walau pun" → "walaupun".
    if (word.lower === 'pun' && prev !== undefined && gap === ' ' && PUN_JOINED.has(`${prev.lower}pun`) && !scan.isProtected(prev.start, word.end) && !listedSpelling(prev.lower)) {
      // "sekali pun" (even once) is also right apart; only the conjunction reading is joined.
      if (prev.lower === 'sekali' || prev.lower === 'bagaimana') continue;
      const joined = `${prev.text}${word.text}`;
      out.push({
        start: prev.start,
        end: word.end,
        message: msg(`Kata penghubung ditulis serangkai: "${joined}".`, `This conjunction is one word: "${joined}".`),
        explanation: msg(SECTION_PUN, `${SECTION_PUN}: pun is written apart, except in conjunctions such as walaupun and meskipun.`),
        reference: REF.eyd,
        suggestions: [joined],
        safe: true,
      });
      continue;
    }
    // "apapun" → "apa pun".
    const lower = word.lower;
    if (lower.length > 5 && lower.endsWith('pun') && !PUN_JOINED.has(lower) && !NOT_PUN.has(lower) && !allowed.has(lower) && !listedSpelling(lower)) {
      const stem = word.text.slice(0, -3);
      if (!LEXICON.has(stem.toLowerCase()) || (LEXICON.has(lower) && !['apapun', 'siapapun', 'kapanpun'].includes(lower))) continue;
      if (scan.isProtected(word.start, word.end)) continue;
      const apart = `${stem} ${word.text.slice(-3)}`;
      out.push({
        start: word.start,
        end: word.end,
        message: msg(`Partikel pun ditulis terpisah: "${apart}".`, `Write the particle pun apart: "${apart}".`),
        explanation: msg(`${SECTION_PUN}.`, `${SECTION_PUN}: pun stands apart from the word before it (apa pun, siapa pun), except in conjunctions such as walaupun.`),
        reference: REF.eyd,
        suggestions: [apart],
        safe: true,
      });
    }
  }
  return out;
}
