/**
 * Finds captions that restate a debunked claim. Each claim becomes a set of weighted word keys
 * (./terms.ts): IDF over the claim list, so a word many claims share says little. A claim matches
 * when the caption holds at least MATCH_THRESHOLD of its weight inside a window a few times the
 * claim's length: a claim quoted inside a long post is found, the same words scattered over a long
 * post are not, and word order does not matter (people reword).
 *
 * Speed (10,000 claims, every keystroke): an inverted index with prefix filtering. A claim is
 * filed only under its heaviest keys, as many as it takes for the rest to weigh less than the
 * threshold; a caption without any of them cannot reach the threshold, so common words never
 * touch the claims that merely contain them. Candidates are scored in typed arrays reused between
 * calls, and only those whose bound reaches the threshold are checked word by word.
 */
import type { Claim } from '../types';
import { terms, type Term } from './terms';

/** Share of a claim's weight the window must hold. Tuned on tests/bench/hoax-corpus (npm run bench -- hoax). */
export const MATCH_THRESHOLD = 0.6;
/** Keywords the publisher names weigh this many times a plain word. */
const KEYWORD_BOOST = 2;

interface Entry {
  claim: Claim;
  /** Keys heaviest first, and their weights. */
  keys: string[];
  weights: number[];
  total: number;
  /** Weight of the keys not filed in the index. */
  rest: number;
  /** Window length in caption words. */
  span: number;
}

export interface ClaimIndex {
  entries: Entry[];
  threshold: number;
  /** key → claim indexes, for the keys each claim is filed under (with the key's weight beside). */
  postings: Map<string, { claims: number[]; weights: number[] }>;
  /** Scratch space for matchClaims, reused so a keystroke allocates nothing per claim. */
  stamp: Int32Array;
  score: Float64Array;
  generation: number;
}

export interface ClaimMatch {
  claim: Claim;
  score: number;
  start: number;
  end: number;
}

export function buildClaimIndex(claims: readonly Claim[], threshold = MATCH_THRESHOLD): ClaimIndex {
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
  const postings: ClaimIndex['postings'] = new Map();
  raw.forEach(({ claim, keys }, c) => {
    // Smoothed IDF with a floor, so a word every claim shares still counts a little.
    const weighted = [...keys].map(([key, boost]) => ({ key, w: boost * Math.max(0.2, Math.log((n + 1) / ((df.get(key) ?? 0) + 0.5))) }));
    weighted.sort((a, b) => b.w - a.w || (a.key < b.key ? -1 : 1));
    const total = weighted.reduce((sum, k) => sum + k.w, 0);
    let rest = total;
    let filed = 0;
    while (filed < weighted.length && rest >= threshold * total) rest -= weighted[filed++]!.w;
    for (let i = 0; i < filed; i++) {
      const { key, w } = weighted[i]!;
      const list = postings.get(key);
      if (list) {
        list.claims.push(c);
        list.weights.push(w);
      } else postings.set(key, { claims: [c], weights: [w] });
    }
    entries.push({ claim, keys: weighted.map((k) => k.key), weights: weighted.map((k) => k.w), total, rest: Math.max(0, rest), span: 3 * keys.size + 8 });
  });
  return { entries, threshold, postings, stamp: new Int32Array(entries.length), score: new Float64Array(entries.length), generation: 0 };
}

/** The claims a text restates, best first; `start`/`end` cover the words that matched. */
export function matchClaims(index: ClaimIndex, text: string, pre?: Term[]): ClaimMatch[] {
  const words = pre ?? terms(text);
  if (words.length === 0 || index.entries.length === 0) return [];
  const positions = new Map<string, number[]>();
  words.forEach((word, pos) => {
    const list = positions.get(word.key);
    if (list) list.push(pos);
    else positions.set(word.key, [pos]);
  });
  const { stamp, score } = index;
  const generation = (index.generation = (index.generation + 1) | 0 || 1);
  const touched: number[] = [];
  for (const key of positions.keys()) {
    const list = index.postings.get(key);
    if (!list) continue;
    for (let i = 0; i < list.claims.length; i++) {
      const c = list.claims[i]!;
      if (stamp[c] !== generation) {
        stamp[c] = generation;
        score[c] = 0;
        touched.push(c);
      }
      score[c] = score[c]! + list.weights[i]!;
    }
  }
  const out: ClaimMatch[] = [];
  for (const c of touched) {
    const entry = index.entries[c]!;
    const need = index.threshold * entry.total;
    if (score[c]! + entry.rest < need) continue;
    const match = verify(entry, positions, words, need);
    if (match) out.push(match);
  }
  return out.sort((a, b) => b.score - a.score || a.start - b.start);
}

/** Every occurrence of the claim's keys in caption order, then the best window over them. */
function verify(entry: Entry, positions: Map<string, number[]>, words: Term[], need: number): ClaimMatch | null {
  const seen: number[] = [];
  let bound = 0;
  let distinct = 0;
  entry.keys.forEach((key, k) => {
    const at = positions.get(key);
    if (!at) return;
    bound += entry.weights[k]!;
    distinct++;
    for (const p of at) seen.push(p, k);
  });
  if (bound < need || distinct < Math.min(3, entry.keys.length)) return null;
  const pairs: [number, number][] = [];
  for (let i = 0; i < seen.length; i += 2) pairs.push([seen[i]!, seen[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const best = bestWindow(entry, pairs);
  if (best.weight < need) return null;
  return { claim: entry.claim, score: best.weight / entry.total, start: words[best.from]!.start, end: words[best.to]!.end };
}

/** Two pointers over the claim's hits in caption order: the window holding the most weight. */
function bestWindow(entry: Entry, hits: [number, number][]): { weight: number; from: number; to: number } {
  const count = new Map<number, number>();
  let weight = 0;
  let left = 0;
  let best = { weight: 0, from: 0, to: 0 };
  for (let right = 0; right < hits.length; right++) {
    const [pos, k] = hits[right]!;
    const n = count.get(k) ?? 0;
    count.set(k, n + 1);
    if (n === 0) weight += entry.weights[k]!;
    while (pos - hits[left]![0] >= entry.span) {
      const lk = hits[left]![1];
      const ln = count.get(lk)! - 1;
      count.set(lk, ln);
      if (ln === 0) weight -= entry.weights[lk]!;
      left++;
    }
    // A key seen again later in the window adds nothing at the left edge: the span starts at its last use.
    while (left < right && count.get(hits[left]![1])! > 1) {
      const lk = hits[left]![1];
      count.set(lk, count.get(lk)! - 1);
      left++;
    }
    if (weight > best.weight + 1e-9) best = { weight, from: hits[left]![0], to: pos };
  }
  return best;
}
