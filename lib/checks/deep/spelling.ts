/** The spelling rule's work (see rules/spelling.ts): 1,500+ entries from data/spelling.json. */
import type { SpellingEntry } from '../data/schema';
import { msg, type Draft, type RuleInput } from '../rule';
import { REF } from '../refs';
import { keepCase } from '../scan/text';
import type { Word } from '../scan/tokens';
import { SPELLING } from './data';

export const SINGLE_WORDS = new Map<string, SpellingEntry>();
export const WORD_PAIRS = new Map<string, SpellingEntry>();
/** First words of the two-word entries ("idul" of "idul fitri"). */
const PAIR_STARTS = new Set<string>();
for (const entry of SPELLING) {
  (entry.wrong.includes(' ') ? WORD_PAIRS : SINGLE_WORDS).set(entry.wrong, entry);
  if (entry.wrong.includes(' ')) PAIR_STARTS.add(entry.wrong.split(' ')[0] ?? '');
}

/** True when the word (lower case) or a two-word pair starting with it is in the list. */
export function listedSpelling(lower: string): boolean {
  return SINGLE_WORDS.has(lower) || PAIR_STARTS.has(lower);
}

function onlyBlanks(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text[i] !== ' ') return false;
  return true;
}

type Texts = Pick<Draft, 'message' | 'explanation' | 'reference' | 'suggestions' | 'safe'>;

function textsFor(entry: SpellingEntry, typed: string): Texts {
  const right = keepCase(typed, entry.right);
  const nameNote = entry.mayBeName === true;
  return {
    message: msg(`Ejaan baku: "${right}", bukan "${typed}".`, `Standard spelling: "${right}", not "${typed}".`),
    explanation: msg(
      `Menurut ${entry.source}, bentuk yang baku adalah "${entry.right}". Tulisan resmi instansi memakai ejaan baku.` +
        (nameNote ? ' Jika ini nama orang, tambahkan ke daftar kata yang diizinkan.' : ''),
      `According to ${entry.source}, the standard form is "${entry.right}". Official posts use standard spelling.` +
        (nameNote ? " If this is a person's name, add it to the allowed words." : ''),
    ),
    reference: REF.eyd,
    suggestions: [right],
    ...(nameNote ? {} : { safe: true as const }),
  };
}

export function runSpelling({ text, scan, allowed }: RuleInput): Draft[] {
  const words = scan.words();
  const seen = new Map<string, Texts>();
  const draft = (entry: SpellingEntry, start: number, typed: string): Draft => {
    let texts = seen.get(typed);
    if (texts === undefined) {
      texts = textsFor(entry, typed);
      seen.set(typed, texts);
    }
    return { start, end: start + typed.length, ...texts };
  };
  const out: Draft[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const next = words[i + 1];
    if (next !== undefined && PAIR_STARTS.has(word.lower) && onlyBlanks(text, word.end, next.start) && !scan.isProtected(next.start, next.end)) {
      const pairKey = `${word.lower} ${next.lower}`;
      const pair = WORD_PAIRS.get(pairKey);
      if (pair !== undefined && !allowed.has(pairKey) && !scan.isProtected(word.start, next.end)) {
        out.push(draft(pair, word.start, text.slice(word.start, next.end)));
        i++;
        continue;
      }
    }
    const entry = SINGLE_WORDS.get(word.lower);
    if (entry !== undefined && !allowed.has(word.lower) && !scan.isProtected(word.start, word.end)) out.push(draft(entry, word.start, word.text));
  }
  return out;
}
