/**
 * All built-in phrase lists (hoax signs, SARA, election) in one index, matched in one pass over the
 * caption's words and cached per scan: nine lists cost one walk instead of nine.
 */
import { ELECTION, HOAX, SARA } from '../data';
import { compileEntry, matchesAt, type Entry, type PhraseHit } from './phraseIndex';
import type { Word } from '../scan/tokens';
import { addListedWords } from './vocabulary';

/** Each list with its phrases; a hit's payload is the entry's position in that list. */
const SOURCES = {
  hoaxPhrases: HOAX.phrases.map((p) => p.phrase),
  disasters: HOAX.disasters.map((d) => d.word),
  predictions: HOAX.predictions.map((d) => d.word),
  saraTerms: SARA.terms.map((t) => t.phrase),
  hostility: SARA.hostility.map((h) => h.word),
  groups: SARA.groups.map((g) => g.word),
  saraGeneral: SARA.generalizations.map((g) => g.phrase),
  saraExclusion: SARA.exclusions.map((e) => e.phrase),
  electionPhrases: ELECTION.phrases.map((p) => p.phrase),
  support: ELECTION.support.map((s) => s.word),
  candidates: ELECTION.candidates.map((c) => c.word),
};

export type ListName = keyof typeof SOURCES;
const NAMES = Object.keys(SOURCES) as ListName[];

interface Tagged {
  list: number;
  entry: Entry<number>;
}

const INDEX = new Map<string, Tagged[]>();
for (const [list, name] of NAMES.entries()) {
  for (const [i, phrase] of SOURCES[name].entries()) {
    const entry = compileEntry(phrase, i);
    const key = entry.words[0] ?? '';
    const bucket = INDEX.get(key) ?? [];
    bucket.push({ list, entry });
    // Longest first, so "gempa susulan" wins over "gempa" within a list.
    bucket.sort((a, b) => b.entry.words.length - a.entry.words.length || b.entry.suffix.length - a.entry.suffix.length);
    INDEX.set(key, bucket);
  }
}

export type LexiconHits = Record<ListName, Array<PhraseHit<number>>>;

/** The first words of every built-in phrase (see vocabulary.ts). */
export function lexiconFirstWords(): Iterable<string> {
  return INDEX.keys();
}
addListedWords(lexiconFirstWords);

function walk(words: readonly Word[], listed: readonly number[], text: string): LexiconHits {
  const hits = NAMES.map((): Array<PhraseHit<number>> => []);
  // Per list, the first word index a new hit may start at (hits within one list don't overlap).
  const free = NAMES.map(() => 0);
  for (const i of listed) {
    const bucket = INDEX.get((words[i] as Word).lower);
    if (bucket === undefined) continue;
    let takenHere = 0;
    for (const { list, entry } of bucket) {
      const bit = 1 << list;
      if ((takenHere & bit) !== 0 || (free[list] ?? 0) > i) continue;
      const k = matchesAt(entry, words, i, text);
      if (k < 0) continue;
      const start = (words[i] as Word).start - entry.prefix.length;
      const end = (words[i + k - 1] as Word).end + entry.suffix.length;
      hits[list]?.push({ start, end, text: text.slice(start, end), payload: entry.payload });
      free[list] = i + k;
      takenHere |= bit;
    }
  }
  return Object.fromEntries(NAMES.map((name, i) => [name, hits[i] ?? []])) as LexiconHits;
}

/** The part of the caption's scan (scan.ts) the lexicon reads; structural, so scan.ts can use this module. */
export interface WordScan {
  words(): Word[];
  listedWords(): number[];
}

const cache = new WeakMap<WordScan, LexiconHits>();

export function lexicon(scan: WordScan, text: string): LexiconHits {
  let found = cache.get(scan);
  if (found === undefined) {
    found = walk(scan.words(), scan.listedWords(), text);
    cache.set(scan, found);
  }
  return found;
}
