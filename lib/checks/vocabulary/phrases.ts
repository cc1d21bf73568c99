/**
 * Turns a list of words or phrases (ours or a preset's) into one matcher. Every phrase is escaped:
 * preset text is data, never a pattern, so "a.b" or "(x+)+" match literally and cannot blow up.
 */
import { PATTERNS, escapeRegExp } from '../scan/patterns';
import { findAll, type Span } from '../scan/text';

const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}_])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{M}\\p{N}_])';

/** A blank-separated phrase as a pattern source where any run of blanks between words matches. */
function phraseSource(phrase: string): string {
  return phrase.trim().split(PATTERNS.blanks).map(escapeRegExp).join('\\s+');
}

/**
 * One alternation of whole-word phrases; longest first so "gempa susulan" wins over "gempa".
 * Returns null for an empty list (a pattern that matches nothing would still cost a scan).
 */
export function compilePhrases(phrases: readonly string[], caseSensitive = false): RegExp | null {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length > 0))];
  if (unique.length === 0) return null;
  unique.sort((a, b) => b.length - a.length);
  const body = unique.map(phraseSource).join('|');
  return new RegExp(`${WORD_EDGE_BEFORE}(?:${body})${WORD_EDGE_AFTER}`, caseSensitive ? 'gu' : 'giu');
}

export function matchPhrases(re: RegExp | null, text: string): Span[] {
  return re === null ? [] : findAll(re, text);
}

/** Same key for "Bagikan  ke semua\ngrup" and "bagikan ke semua grup". */
export function phraseKey(text: string): string {
  return text.toLowerCase().split(PATTERNS.blanks).join(' ');
}
