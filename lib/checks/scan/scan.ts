/**
 * One pass over the caption that finds the tokens several rules need (hashtags, mentions, URLs,
 * e-mail addresses, words). Computed lazily and once per check, so 20 rules don't rescan 63 KB.
 */
import { findHashtags, linksIn, overlapsAny } from './hashtag-scan';
import { PATTERNS } from './patterns';
import { findAll, type Span } from './text';
import { scanEmails, scanWords, type Word } from './tokens';
import { listedFirstWords } from '../vocabulary/vocabulary';

export interface Scan {
  hashtags(): Span[];
  mentions(): Span[];
  urls(): Span[];
  emails(): Span[];
  words(): Word[];
  /** Indices of the words a built-in word list starts with, in order (see vocabulary.ts). */
  listedWords(): number[];
  /** Sorted, non-overlapping ranges where prose rules (spelling, branding) must stay quiet. */
  protectedRanges(): Span[];
  /** True when [start, end) overlaps a protected range. */
  isProtected(start: number, end: number): boolean;
}

function trimDots(span: Span): Span {
  let end = span.end;
  let text = span.text;
  while (text.endsWith('.')) {
    text = text.slice(0, -1);
    end--;
  }
  return { start: span.start, end, text };
}

export { overlapsAny };

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start <= last.end) {
      if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end, text: '' };
    } else out.push(s);
  }
  return out;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value as T;
  };
}

export function createScan(text: string): Scan {
  const emails = lazy(() => scanEmails(text));
  const urls = lazy(() => linksIn(text, emails()));
  const hashtags = lazy(() => findHashtags(text, urls()));
  const mentions = lazy(() => {
    if (!text.includes('@')) return [];
    const mails = emails();
    const links = urls();
    return findAll(PATTERNS.mention, text)
      .map(trimDots)
      .filter((m) => m.text.length > 1)
      .filter((m) => !overlapsAny(mails, m.start, m.end) && !overlapsAny(links, m.start, m.end));
  });
  const protectedRanges = lazy(() => merge([...emails(), ...urls(), ...hashtags(), ...mentions()]));
  const words = lazy(() => scanWords(text));
  const listedWords = lazy(() => {
    const listed = listedFirstWords();
    const out: number[] = [];
    const all = words();
    for (let i = 0; i < all.length; i++) if (listed.has((all[i] as Word).lower)) out.push(i);
    return out;
  });
  return {
    hashtags,
    mentions,
    urls,
    emails,
    words,
    listedWords,
    protectedRanges,
    isProtected: (start, end) => overlapsAny(protectedRanges(), start, end),
  };
}
