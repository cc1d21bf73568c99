/** The spelling list as lookup maps, built once when the engine loads (no regex per word). */
import { SPELLING } from './data';
import type { SpellingEntry } from './data/schema';

export const SINGLE_WORDS = new Map<string, SpellingEntry>();
export const WORD_PAIRS = new Map<string, SpellingEntry>();
/** First words of the two-word entries ("idul" of "idul fitri"). */
export const PAIR_STARTS = new Set<string>();

for (const entry of SPELLING) {
  (entry.wrong.includes(' ') ? WORD_PAIRS : SINGLE_WORDS).set(entry.wrong, entry);
  if (entry.wrong.includes(' ')) PAIR_STARTS.add(entry.wrong.split(' ')[0] ?? '');
}
