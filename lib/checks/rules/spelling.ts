import type { SpellingEntry } from '../data/schema';
import { msg, type Draft, type Rule } from '../rule';
import { REF } from '../refs';
import { PAIR_STARTS, SINGLE_WORDS, WORD_PAIRS } from '../spelling';
import { keepCase } from '../text';
import type { Word } from '../tokens';

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

/** Messages per typed form, so a post that repeats a word a thousand times builds them once. */
function drafter(): (entry: SpellingEntry, start: number, typed: string) => Draft {
  const seen = new Map<string, Texts>();
  return (entry, start, typed) => {
    let texts = seen.get(typed);
    if (texts === undefined) {
      texts = textsFor(entry, typed);
      seen.set(typed, texts);
    }
    return { start, end: start + typed.length, ...texts };
  };
}

/** Common misspellings per KBBI / EYD V, from data/spelling.json. */
export const spelling: Rule = {
  id: 'spelling',
  category: 'spelling',
  severity: 'warning',
  description: msg(
    'Ejaan tidak baku yang sering muncul di unggahan resmi (ijin → izin, himbauan → imbauan; daftar di lib/checks/data/spelling.json).',
    'Non-standard spellings common in official posts (ijin → izin, himbauan → imbauan; list in lib/checks/data/spelling.json).',
  ),
  run({ text, scan, allowed }) {
    const words = scan.words();
    const draftFor = drafter();
    const out: Draft[] = [];
    // Only words some list starts with (scan.listedWords); a matched pair also uses the next word.
    let usedUpTo = -1;
    for (const i of scan.listedWords()) {
      if (i <= usedUpTo) continue;
      const word = words[i] as Word;
      const next = words[i + 1];
      // Building a pair key costs a string per word; only words that start a listed pair need it.
      if (next !== undefined && PAIR_STARTS.has(word.lower) && onlyBlanks(text, word.end, next.start) && !scan.isProtected(next.start, next.end)) {
        const pairKey = `${word.lower} ${next.lower}`;
        const pair = WORD_PAIRS.get(pairKey);
        if (pair !== undefined && !allowed.has(pairKey) && !scan.isProtected(word.start, next.end)) {
          out.push(draftFor(pair, word.start, text.slice(word.start, next.end)));
          usedUpTo = i + 1;
          continue;
        }
      }
      const entry = SINGLE_WORDS.get(word.lower);
      if (entry !== undefined && !allowed.has(word.lower) && !scan.isProtected(word.start, word.end)) out.push(draftFor(entry, word.start, word.text));
    }
    return out;
  },
};
