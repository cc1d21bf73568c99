/**
 * How real chain messages are written, and when a hoax phrase is not a sign at all. Kept apart from
 * the phrase lists (data/hoax.json) so each decision has one place and one table test:
 * - exclamation runs counted with "‼", "⁉" and the "!!1" of a missed Shift key;
 * - sentences shouted in capitals, measured by the share of capital letters (no word list);
 * - guards: a negated phrase ("tidak ada konspirasi"), a reporting verb ('"…," katanya'), the
 *   institution's own "yang kami sebarkan", and a disaster reported in the past tense.
 * All scanners walk the text once; none is a regular expression.
 */
import type { Span } from '../scan/text';

/** A run of exclamation marks, with how many it counts for ("‼" and "⁉" are two, "1" after "!" is one). */
export interface ExclaimRun extends Span {
  marks: number;
}

const BANG = 0x21;
const QUESTION = 0x3f;
const DOUBLE_BANG = 0x203c;
const BANG_QUESTION = 0x2049;
const ONE = 0x31;

export function exclaimRuns(text: string): ExclaimRun[] {
  const out: ExclaimRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c !== BANG && c !== DOUBLE_BANG && c !== BANG_QUESTION && c !== QUESTION) {
      i++;
      continue;
    }
    const start = i;
    let marks = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === BANG) marks += 1;
      else if (d === DOUBLE_BANG || d === BANG_QUESTION) marks += 2;
      else if (d === ONE && marks > 0 && !isDigit(text.charCodeAt(i + 1))) marks += 1;
      else if (d !== QUESTION) break;
      i++;
    }
    if (marks >= 2) out.push({ start, end: i, text: text.slice(start, i), marks });
  }
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Shouting: at least this many letters, in at least this many words, mostly capitals. */
const SHOUT_LETTERS = 20;
const SHOUT_WORDS = 4;
const SHOUT_RATIO = 0.8;
/** A heading an office writes in capitals at the top ("JADWAL PELAYANAN KTP-EL KECAMATAN DEPOK"). */
const HEADING_WORDS = 8;

const isSentenceEnd = (c: number) => c === 0x2e || c === BANG || c === QUESTION || c === DOUBLE_BANG || c === BANG_QUESTION || c === 0x0a;

/** Sentences (or lines) written mostly in capitals; an opening heading line is left alone. */
export function shoutedSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let first = true;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x0a;
    if (!isSentenceEnd(c)) continue;
    const span = sentenceStats(text, start, i);
    if (span !== null) {
      const heading = first && span.words <= HEADING_WORDS && c === 0x0a;
      if (!heading && span.letters >= SHOUT_LETTERS && span.words >= SHOUT_WORDS && span.upper >= SHOUT_RATIO * span.letters) {
        out.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end) });
      }
      first = false;
    }
    start = i + 1;
  }
  return out;
}

function sentenceStats(text: string, from: number, to: number): { start: number; end: number; letters: number; upper: number; words: number } | null {
  let letters = 0;
  let upper = 0;
  let words = 0;
  let inWord = false;
  let start = -1;
  let end = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    const up = ch.toUpperCase();
    const letter = lower !== up;
    if (letter) {
      letters++;
      if (ch === up) upper++;
      if (!inWord) words++;
      if (start < 0) start = i;
      end = i + 1;
    }
    inWord = letter || (inWord && (ch === '-' || ch === "'"));
  }
  return start < 0 ? null : { start, end, letters, upper, words };
}

/** The lower-cased words just before `at`, nearest first (at most `count`). */
export function wordsBefore(text: string, at: number, count: number): string[] {
  const out: string[] = [];
  let i = at - 1;
  while (out.length < count && i >= 0) {
    while (i >= 0 && !isWordChar(text[i]!)) {
      // A sentence ends here: what came before does not qualify this phrase.
      if ('.!?\n'.includes(text[i]!)) return out;
      i--;
    }
    const end = i + 1;
    while (i >= 0 && isWordChar(text[i]!)) i--;
    if (end > i + 1) out.push(text.slice(i + 1, end).toLowerCase());
  }
  return out;
}

const isWordChar = (ch: string) => ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9');

const NEGATORS = new Set(['tidak', 'tdk', 'bukan', 'bkn', 'tanpa', 'tak', 'belum', 'blm', 'gak', 'ga', 'nggak', 'teori', 'bantah', 'membantah', 'dibantah', 'mitos', 'hoaks', 'hoax', 'isu']);
const OWN = new Set(['kami', 'kita', 'telah', 'sudah', 'pernah', 'resmi', 'yang', 'akan']);
const REPORTED_AFTER = new Set(['kepada', 'saat', 'ketika', 'pada', 'dalam', 'di', 'seusai', 'usai']);
const QUOTE_CLOSERS = '"”’\'';

/** "tidak ada konspirasi", "bukan obat ajaib", "teori konspirasi": a negator within two words before. */
export function negated(text: string, start: number): boolean {
  return wordsBefore(text, start, 2).some((w) => NEGATORS.has(w));
}

/** "flyer resmi yang kami sebarkan", "telah disebarluaskan": the institution's own distribution. */
export function ownDistribution(text: string, start: number): boolean {
  const [previous] = wordsBefore(text, start, 1);
  return previous !== undefined && OWN.has(previous);
}

/** '"Sudah aman," katanya.' / 'katanya kepada wartawan': a reporting verb after a quote or a name. */
export function reporting(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === ',')) i--;
  if (i >= 0 && QUOTE_CLOSERS.includes(text[i]!)) return true;
  // After a name ("Budi Santoso katanya"): a capitalised word that does not open the sentence.
  if (i >= 0 && isWordChar(text[i]!)) {
    let at = i;
    while (at > 0 && isWordChar(text[at - 1]!)) at--;
    const word = text.slice(at, i + 1);
    // Title case (a name), not an acronym ("grup RT, katanya").
    const named = word[0] !== word[0]!.toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase();
    if (named && wordsBefore(text, at, 1).length > 0) return true;
  }
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === ',')) j++;
  const from = j;
  while (j < text.length && isWordChar(text[j]!)) j++;
  return REPORTED_AFTER.has(text.slice(from, j).toLowerCase());
}

const PAST = new Set(['terakhir', 'terjadi', 'telah', 'sudah', 'tadi', 'tercatat', 'mengguncang', 'melanda', 'sejak', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu', 'kemarin', 'lalu']);

const FUTURE = new Set(['akan', 'bakal', 'diprediksi', 'diperkirakan', 'nanti', 'besok', 'berpotensi']);

/** "yang terakhir pada Senin pukul 01.27": the time of something that already happened. */
export function pastTime(text: string, timeStart: number): boolean {
  const before = wordsBefore(text, timeStart, 5);
  return !before.some((w) => FUTURE.has(w)) && before.some((w) => PAST.has(w));
}
