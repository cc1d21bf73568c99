/**
 * EYD V II.F (kata depan) and II.B (kata berimbuhan): the prepositions di and ke are written apart
 * from the place or time that follows (dirumah → di rumah, kesana → ke sana), the prefix di- is
 * joined to its verb (di tulis → ditulis, di sampaikan → disampaikan).
 */
import { msg, type Draft, type RuleInput } from '../rule';
import { REF } from '../refs';
import type { Word } from '../scan/tokens';
import { LEXICON, PLACE_TIME } from './data';
import { nasal } from './morph';
import { listedSpelling } from './spelling';

const PLACES = new Set(PLACE_TIME.words);
const SECTION_APART = 'EYD V (2022) II.F: kata depan di dan ke ditulis terpisah dari kata yang mengikutinya';
const SECTION_JOINED = 'EYD V (2022) II.B: imbuhan (awalan di-) ditulis serangkai dengan bentuk dasarnya';

/** "dirumah" → "di rumah"; "diJakarta" → "di Jakarta". null when the word is not a joined preposition. */
function splitJoined(word: Word): string | null {
  const lower = word.lower;
  const pre = lower.startsWith('di') ? 'di' : lower.startsWith('ke') ? 'ke' : null;
  if (pre === null || lower.length < 5) return null;
  const rest = word.text.slice(2);
  const restLower = lower.slice(2);
  // A capital right after the preposition is a name: diJakarta, keSleman.
  const capital = rest[0] !== undefined && rest[0] !== rest[0].toLowerCase() && word.text[0] === word.text[0]?.toLowerCase();
  if (capital) return `${word.text.slice(0, 2)} ${rest}`;
  if (!PLACES.has(restLower)) return null;
  // kepada, keluar, kemari, dimana-words the lexicon knows as one word stay as they are.
  if (LEXICON.has(lower)) return null;
  return `${word.text.slice(0, 2)} ${rest}`;
}

/** "di tulis" → "ditulis" when di + word is a verb the lexicon knows and the word is no place or time. */
function joinVerb(di: Word, verb: Word): string | null {
  if (di.lower !== 'di') return null;
  const v = verb.lower;
  if (verb.text !== v || v.length < 3 || PLACES.has(v) || !LEXICON.has(`di${v}`)) return null;
  const base = v.endsWith('kan') ? v.slice(0, -3) : v.endsWith('i') ? v.slice(0, -1) : v;
  const isVerb = LEXICON.has(nasal(v)) || LEXICON.has(`${nasal(base)}kan`) || LEXICON.has(`${nasal(base)}i`);
  if (!isVerb || v.endsWith('an') && !v.endsWith('kan')) return null;
  return `${di.text}${verb.text}`;
}

export function runPreposition({ text, scan, allowed }: RuleInput): Draft[] {
  const words = scan.words();
  const out: Draft[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    // Only words that start with di or ke can be either case: the rest are skipped before any lookup.
    const c0 = word.lower.charCodeAt(0);
    const c1 = word.lower.charCodeAt(1);
    if (!((c0 === 100 && c1 === 105) || (c0 === 107 && c1 === 101))) continue; // "di", "ke"
    if (allowed.has(word.lower) || listedSpelling(word.lower) || scan.isProtected(word.start, word.end)) continue;
    const apart = splitJoined(word);
    if (apart !== null) {
      out.push({
        start: word.start,
        end: word.end,
        message: msg(`Kata depan ditulis terpisah: "${apart}".`, `Write the preposition apart: "${apart}".`),
        explanation: msg(
          `${SECTION_APART} (di rumah, ke sana, di Jakarta). Awalan di- yang membentuk kata kerja ditulis serangkai (ditulis).`,
          `${SECTION_APART}: the prepositions "di" and "ke" stand apart from the place or time after them (di rumah, ke sana); the verb prefix di- is joined (ditulis).`,
        ),
        reference: REF.eyd,
        suggestions: [apart],
        safe: true,
      });
      continue;
    }
    const next = words[i + 1];
    if (word.lower !== 'di' || next === undefined || next.start !== word.end + 1 || text.charCodeAt(word.end) !== 32 || scan.isProtected(next.start, next.end)) continue;
    const joined = joinVerb(word, next);
    if (joined === null || allowed.has(next.lower)) continue;
    out.push({
      start: word.start,
      end: next.end,
      message: msg(`Awalan di- ditulis serangkai: "${joined}".`, `Join the prefix di- to its verb: "${joined}".`),
      explanation: msg(
        `${SECTION_JOINED}: "${joined}" adalah kata kerja pasif, bukan kata depan di + tempat.`,
        `${SECTION_JOINED}: "${joined}" is a passive verb, not the preposition "di" before a place.`,
      ),
      reference: REF.eyd,
      suggestions: [joined],
    });
    i++;
  }
  return out;
}
