/**
 * Words as the claim matcher compares them. People forward a claim in their own spelling, so each
 * word is folded to one key: lower case without accents, digits read as letters inside words
 * ("v4ksin"), repeated letters once ("bahayaaa"), old and chat spellings joined ("dj" → "j",
 * "v" → "f"), function words and chat abbreviations dropped, and Indonesian affixes stripped
 * ("disebarkan", "menyebarkan", "sebarkan" → one stem). The stemmer has no dictionary, so where a
 * nasal prefix hides the first letter of the root (me+pakai → "memakai", me+kirim → "mengirim")
 * every word's first letter is folded the same way ("p"/"m" → "p", "t"/"n" → "t", "s"/"ny" → "s",
 * "k"/"ng" before a vowel → the vowel): two spellings of one word then always give one key.
 */
import type { Span } from '../scan/text';
import { scanUrls, scanWords, type Word } from '../scan/tokens';


/** Function words, chat abbreviations of them, negations and fillers: they carry no topic. */
const STOP = new Set(
  (
    'yang yg dan dgn dengan di ke dari dr ini itu tsb tersebut akan pada pd untuk utk buat adalah ialah ' +
    'bahwa para sudah sdh udah udh dah telah juga jg ada bisa bs dapat dpt oleh karena krn karna atau ' +
    'kita kami anda kamu km sy saya aku gue gw dia mereka kalian saja aja lagi lg jadi jd sangat banget bgt ' +
    'harus hrs tidak tdk gak ga nggak enggak engga gk tak bukan belum blm masih msh sedang lebih paling ' +
    'semua sama sm dalam tentang seperti kalau kalo jika bila agar supaya namun tapi tetapi hanya cuma ' +
    'pun lah kah nya mau ingin sih dong deh kok ya yah nih tuh loh lho wah ayo yuk mari oh eh hai ' +
    'sehingga hingga sampai selama saat ketika sejak setelah sebelum lalu kemudian jangan jgn janganlah ' +
    'kabupaten kab kota provinsi prov kecamatan kelurahan desa warga masyarakat pak bu bapak ibu ' +
    'the of to and a is in on for it this that be are was with as by no not'
  ).split(' '),
);

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '9': 'g' };

/** Letters, or digits ("600" and "rb" in "Rp600rb"), keeping "5G" and "4G" whole. */
const WORD = /\d+[a-z](?![a-z])|\p{L}+|\d+/giu;
const MARKS = /\p{M}/gu;
const LEET_DIGIT = /(?<=\p{L})[0134579](?=\p{L})/gu;
/** Chat short forms and spellings of one thing, after stemming. */
const ALIAS = new Map(
  'rb:ribu jt:juta org:orang pake:pakai wa:whatsap korona:cofid corona:cofid cip:chip picrochip:chip pikrochip:chip pikrocip:chip hp:ponsel'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
const REPEAT = /(\p{L})\1+/gu;
const SPELL: [RegExp, string][] = [
  [/dj/g, 'j'],
  [/tj/g, 'c'],
  [/oe/g, 'u'],
  [/ph/g, 'f'],
  [/[vf]/g, 'f'],
  [/kh/g, 'k'],
  [/sy/g, 's'],
  [/q/g, 'k'],
  [/z/g, 'j'],
];
const VOWEL = /^[aeiou]/;

/** Prefixes, outermost first, at most two (di-per-, mem-per-). */
function unprefix(w: string): string {
  for (let pass = 0; pass < 2; pass++) {
    const before = w;
    const m = /^([mp])e(ng|ny|n|m|)(.{3,})$/.exec(w);
    if (/^(ber|ter|per)/.test(w) && unsuffix(w).length >= 8) w = w.slice(3);
    else if (m) {
      const nasal = m[2]!;
      const rest = m[3]!;
      const vowel = VOWEL.test(rest);
      if (nasal === 'ny') w = 's' + rest;
      else if (nasal === 'n' && vowel) w = 't' + rest;
      else if (nasal === 'm' && vowel) w = 'p' + rest;
      else if (nasal === 'ng' && rest[0] === 'e' && rest.length <= 4) w = rest.slice(1);
      else if (nasal !== '' || /^[lrwy]/.test(rest)) w = rest;
    } else if (/^(di|ke)/.test(w) && w.length >= 6) w = w.slice(2);
    // Jakarta slang: "ngelacak", "ngecek".
    else if (/^nge.{4}/.test(w)) w = w.slice(3);
    if (w === before) break;
  }
  return w;
}

function unsuffix(w: string): string {
  for (const group of [/(lah|kah|pun)$/, /(nya|ku|mu)$/, /(kan|an)$/]) {
    const m = group.exec(w);
    if (m && w.length - m[0].length >= 4) w = w.slice(0, m.index);
  }
  return w;
}

/** The first letters a nasal prefix may have swallowed, folded the same way for every word. */
function foldInitial(w: string): string {
  if (w.startsWith('ny')) return 's' + w.slice(2);
  if (/^(ng|k)[aeiou]/.test(w)) return w.slice(w[0] === 'k' ? 1 : 2);
  if (w[0] === 'm') return 'p' + w.slice(1);
  if (w[0] === 'n' && w[1] !== 'g') return 't' + w.slice(1);
  return w;
}

/** Keys of words seen before: a caption is re-checked on every keystroke with the same words. */
const memo = new Map<string, string | null>();
const MEMO_LIMIT = 50_000;

/** The matching key of one word, or null for a function word. */
export function stem(word: string): string | null {
  let key = memo.get(word);
  if (key === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    key = stemUncached(word);
    memo.set(word, key);
  }
  return key;
}

/** Forgets the memo (for benchmarks that measure a cold start). */
export function clearStemMemo(): void {
  memo.clear();
  split.clear();
}

function stemUncached(word: string): string | null {
  let w = word.normalize('NFKD').replace(MARKS, '').toLowerCase();
  if (STOP.has(w)) return null;
  if (/^\d+$/.test(w)) return w.length < 2 ? null : w;
  for (const [re, to] of SPELL) w = w.replace(re, to);
  if (w.length > 4) w = unsuffix(unprefix(w));
  w = w.replace(REPEAT, '$1');
  if (w.length < 2 || STOP.has(w)) return null;
  w = foldInitial(w);
  return ALIAS.get(w) ?? w;
}

export interface Term {
  key: string;
  start: number;
  end: number;
}

/** Keys of one scanned word: "v4ksin" reads as "vaksin", "rp600rb" as "rp", "600", "ribu". */
const split = new Map<string, { key: string; from: number; to: number }[]>();

function keysOf(lower: string): { key: string; from: number; to: number }[] {
  let out = split.get(lower);
  if (out !== undefined) return out;
  out = [];
  if (!/\d/.test(lower)) {
    const key = stem(lower);
    if (key !== null) out.push({ key, from: 0, to: lower.length });
  } else {
    // Digits between letters are letters in disguise; the length stays the same.
    for (const m of lower.replace(LEET_DIGIT, (d) => LEET[d] ?? d).matchAll(WORD)) {
      const key = stem(m[0]);
      if (key !== null) out.push({ key, from: m.index, to: m.index + m[0].length });
    }
  }
  if (split.size >= MEMO_LIMIT) split.clear();
  split.set(lower, out);
  return out;
}

/**
 * The content words of a caption with their offsets, from the engine's own word and URL scanners
 * (so claims and captions are cut the same way). Web addresses are skipped: a slug like
 * "air-pdam-tercemar" proves nothing. Reduplications ("anak-anak", "anak2") count once.
 */
export function termsOf(text: string, words: readonly Word[], urls: readonly Span[]): Term[] {
  const out: Term[] = [];
  let u = 0;
  for (const w of words) {
    while (u < urls.length && urls[u]!.end <= w.start) u++;
    if (u < urls.length && urls[u]!.start < w.end) continue;
    for (const { key, from, to } of keysOf(w.lower)) {
      const start = w.start + from;
      const end = w.start + to;
      const prev = out[out.length - 1];
      if (prev !== undefined && prev.key === key && (prev.end === start || (prev.end === start - 1 && text[start - 1] === '-'))) {
        prev.end = end;
        continue;
      }
      out.push({ key, start, end });
    }
  }
  return out;
}

/** termsOf for a text on its own (claims, pack checks). */
export function terms(text: string): Term[] {
  return termsOf(text, scanWords(text), scanUrls(text));
}

/**
 * True when the text has at least `n` distinct content words: `new Set(terms(text).map((t) => t.key)).size >= n`,
 * stopping at the n-th, for the pack check every claim of a 10,000-claim import goes through.
 */
export function hasDistinctTerms(text: string, n: number): boolean {
  if (n <= 0) return true;
  const urls = scanUrls(text);
  const seen = new Set<string>();
  let u = 0;
  for (const w of scanWords(text)) {
    while (u < urls.length && urls[u]!.end <= w.start) u++;
    if (u < urls.length && urls[u]!.start < w.end) continue;
    for (const { key } of keysOf(w.lower)) {
      seen.add(key);
      if (seen.size >= n) return true;
    }
  }
  return false;
}
