/**
 * Phrases matched on the word tokens the scan already has: a map lookup per word instead of one big
 * case-insensitive regex per list (nine of those cost more than all other rules together on a long
 * post). Phrases keep their punctuation: "100% ampuh", "#2024gantipresiden". See lexicon.ts.
 */
import { PATTERNS } from '../scan/patterns';
import { scanWords, type Word } from '../scan/tokens';

export interface Entry<T> {
  words: string[];
  /** Text between consecutive words, lower case, blanks collapsed to one space. */
  gaps: string[];
  prefix: string;
  suffix: string;
  payload: T;
}

export interface PhraseHit<T> {
  start: number;
  end: number;
  text: string;
  payload: T;
}

function normGap(gap: string): string {
  return gap.toLowerCase().replace(PATTERNS.blankRuns, ' ');
}

/** Throws on a phrase with no word in it: it could never match and is a data error. */
export function compileEntry<T>(phrase: string, payload: T): Entry<T> {
  const words = scanWords(phrase);
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) throw new Error(`Phrase without a word: "${phrase}"`);
  return {
    words: words.map((w) => w.lower),
    gaps: words.slice(1).map((w, i) => normGap(phrase.slice((words[i] as Word).end, w.start))),
    prefix: normGap(phrase.slice(0, first.start)),
    suffix: normGap(phrase.slice(last.end)),
    payload,
  };
}

export function matchesAt<T>(entry: Entry<T>, words: readonly Word[], i: number, text: string): number {
  const k = entry.words.length;
  if (i + k > words.length) return -1;
  for (let j = 1; j < k; j++) {
    const prev = words[i + j - 1] as Word;
    const word = words[i + j] as Word;
    if (word.lower !== entry.words[j]) return -1;
    if (normGap(text.slice(prev.end, word.start)) !== entry.gaps[j - 1]) return -1;
  }
  const first = words[i] as Word;
  const last = words[i + k - 1] as Word;
  const start = first.start - entry.prefix.length;
  const end = last.end + entry.suffix.length;
  if (start < 0 || end > text.length) return -1;
  if (entry.prefix.length > 0 && normGap(text.slice(start, first.start)) !== entry.prefix) return -1;
  if (entry.suffix.length > 0 && normGap(text.slice(last.end, end)) !== entry.suffix) return -1;
  return k;
}
