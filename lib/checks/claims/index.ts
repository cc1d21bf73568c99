/**
 * Finds captions that restate a debunked claim. Each claim becomes a set of weighted word keys
 * (./terms.ts); an inverted index maps a key to the claims that hold it, so a caption costs one
 * lookup per word, whatever the number of claims. A claim matches when the caption holds most of
 * its weight (IDF over the claim list: a word many claims share says little) inside a window a
 * few times the claim's length, so a claim quoted inside a long post is found and a long post that
 * happens to use the same words far apart is not. Order does not matter: people reword.
 */
import type { Claim } from '../types';
import { terms } from './terms';

/** Share of a claim's weight the window must hold. Tuned on tests/bench/hoax-corpus (npm run bench -- hoax). */
export const MATCH_THRESHOLD = 0.6;
/** Keywords the publisher names weigh this many times a plain word. */
const KEYWORD_BOOST = 2;

interface Entry {
  claim: Claim;
  keys: string[];
  weights: number[];
  total: number;
  /** Window length in caption words. */
  span: number;
}

export interface ClaimIndex {
  entries: Entry[];
  /** key → [claim index, position in that claim's keys] pairs, flattened. */
  postings: Map<string, number[]>;
}

export interface ClaimMatch {
  claim: Claim;
  score: number;
  start: number;
  end: number;
}

export function buildClaimIndex(claims: readonly Claim[]): ClaimIndex {
  const raw: { claim: Claim; keys: Map<string, number> }[] = [];
  const df = new Map<string, number>();
  for (const claim of claims) {
    const keys = new Map<string, number>();
    for (const t of terms(claim.claim.id)) keys.set(t.key, 1);
    for (const k of claim.keywords ?? []) for (const t of terms(k)) keys.set(t.key, KEYWORD_BOOST);
    if (keys.size === 0) continue;
    for (const k of keys.keys()) df.set(k, (df.get(k) ?? 0) + 1);
    raw.push({ claim, keys });
  }
  const n = raw.length;
  const entries: Entry[] = [];
  const postings = new Map<string, number[]>();
  raw.forEach(({ claim, keys }, i) => {
    const entry: Entry = { claim, keys: [], weights: [], total: 0, span: 3 * keys.size + 8 };
    for (const [key, boost] of keys) {
      // Smoothed IDF with a floor, so a word every claim shares still counts a little.
      const w = boost * Math.max(0.2, Math.log((n + 1) / ((df.get(key) ?? 0) + 0.5)));
      const list = postings.get(key);
      if (list) list.push(i, entry.keys.length);
      else postings.set(key, [i, entry.keys.length]);
      entry.keys.push(key);
      entry.weights.push(w);
      entry.total += w;
    }
    entries.push(entry);
  });
  return { entries, postings };
}

/** The claims a text restates, best first; `start`/`end` cover the words that matched. */
export function matchClaims(index: ClaimIndex, text: string, threshold = MATCH_THRESHOLD): ClaimMatch[] {
  const words = terms(text);
  // Per claim: the caption positions of its words, and which of its keys each one is.
  const hits = new Map<number, number[]>();
  words.forEach((word, pos) => {
    const list = index.postings.get(word.key);
    if (!list) return;
    for (let i = 0; i < list.length; i += 2) {
      const c = list[i]!;
      const seen = hits.get(c);
      if (seen) seen.push(pos, list[i + 1]!);
      else hits.set(c, [pos, list[i + 1]!]);
    }
  });
  const out: ClaimMatch[] = [];
  for (const [c, seen] of hits) {
    const entry = index.entries[c]!;
    const need = threshold * entry.total;
    // Cheap bound first: all distinct keys seen anywhere.
    const distinct = new Set<number>();
    let bound = 0;
    for (let i = 1; i < seen.length; i += 2) {
      const k = seen[i]!;
      if (!distinct.has(k)) {
        distinct.add(k);
        bound += entry.weights[k]!;
      }
    }
    if (bound < need || distinct.size < Math.min(3, entry.keys.length)) continue;
    const best = bestWindow(entry, seen);
    if (best.score * entry.total >= need) {
      out.push({ claim: entry.claim, score: best.score, start: words[best.from]!.start, end: words[best.to]!.end });
    }
  }
  return out.sort((a, b) => b.score - a.score || a.start - b.start);
}

/** Two pointers over the claim's hits in caption order: the window holding the most weight. */
function bestWindow(entry: Entry, seen: number[]): { score: number; from: number; to: number } {
  const count = new Map<number, number>();
  let weight = 0;
  let left = 0;
  let best = { score: 0, from: 0, to: 0 };
  for (let right = 0; right < seen.length; right += 2) {
    const k = seen[right + 1]!;
    const n = count.get(k) ?? 0;
    count.set(k, n + 1);
    if (n === 0) weight += entry.weights[k]!;
    while (seen[right]! - seen[left]! >= entry.span) {
      const lk = seen[left + 1]!;
      const ln = count.get(lk)! - 1;
      count.set(lk, ln);
      if (ln === 0) weight -= entry.weights[lk]!;
      left += 2;
    }
    // A key seen again later in the window adds nothing at the left edge: the span starts at its last use.
    while (left < right && count.get(seen[left + 1]!)! > 1) {
      const lk = seen[left + 1]!;
      count.set(lk, count.get(lk)! - 1);
      left += 2;
    }
    if (weight > best.score * entry.total) best = { score: weight / entry.total, from: seen[left]!, to: seen[right]! };
  }
  return best;
}
