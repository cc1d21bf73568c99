/**
 * One pass over the caption that finds the tokens several rules need (hashtags, mentions, URLs,
 * e-mail addresses, words). Computed lazily and once per check, so 20 rules don't rescan 63 KB.
 */
import { PATTERNS } from './patterns';
import { findAll, type Span } from './text';

export interface Scan {
  hashtags(): Span[];
  mentions(): Span[];
  urls(): Span[];
  emails(): Span[];
  words(): Span[];
  /** Sorted, non-overlapping ranges where prose rules (spelling, branding) must stay quiet. */
  protectedRanges(): Span[];
  /** True when [start, end) overlaps a protected range. */
  isProtected(start: number, end: number): boolean;
}

// Top-level domains that make a bare "x.y" a web address; "pukul 10.00" or "Jl.Magelang" are not.
const BARE_TLDS = new Set([
  'id', 'com', 'net', 'org', 'co', 'io', 'me', 'info', 'biz', 'app', 'ly', 'gl', 'gd', 'at',
  'ee', 'link', 'to', 'tv', 'news', 'web', 'site', 'online', 'xyz', 'page', 'gov', 'int', 'edu',
]);

const TRAILING_PUNCT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '"', '’', '”']);

/** A sentence's closing punctuation is not part of the address it ends with. */
function trimUrl(span: Span): Span {
  let end = span.text.length;
  while (end > 0 && TRAILING_PUNCT.has(span.text.charAt(end - 1))) end--;
  if (end === span.text.length) return span;
  return { start: span.start, end: span.start + end, text: span.text.slice(0, end) };
}

function isWebAddress(span: Span): boolean {
  if (PATTERNS.urlScheme.test(span.text)) return span.text.length > 8;
  const host = span.text.split('/')[0] ?? '';
  const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
  return BARE_TLDS.has(tld);
}

function validEmail(span: Span): boolean {
  const domain = span.text.slice(span.text.indexOf('@') + 1);
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  return PATTERNS.alphaTld.test(tld) && !span.text.startsWith('.');
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

function overlapsAny(sorted: Span[], start: number, end: number): boolean {
  // Binary search for the first range ending after start.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Span).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const hit = sorted[lo];
  return hit !== undefined && hit.start < end;
}

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
  const emails = lazy(() => findAll(PATTERNS.email, text).map(trimDots).filter(validEmail));
  const urls = lazy(() => {
    const mails = emails();
    return findAll(PATTERNS.url, text)
      .map(trimUrl)
      .filter((u) => isWebAddress(u) && !overlapsAny(mails, u.start, u.end));
  });
  const hashtags = lazy(() => {
    const links = urls();
    return findAll(PATTERNS.hashtag, text).filter((h) => !overlapsAny(links, h.start, h.end));
  });
  const mentions = lazy(() => {
    const mails = emails();
    const links = urls();
    return findAll(PATTERNS.mention, text)
      .map(trimDots)
      .filter((m) => m.text.length > 1)
      .filter((m) => !overlapsAny(mails, m.start, m.end) && !overlapsAny(links, m.start, m.end));
  });
  const protectedRanges = lazy(() => merge([...emails(), ...urls(), ...hashtags(), ...mentions()]));
  const words = lazy(() => findAll(PATTERNS.word, text));
  return {
    hashtags,
    mentions,
    urls,
    emails,
    words,
    protectedRanges,
    isProtected: (start, end) => overlapsAny(protectedRanges(), start, end),
  };
}
