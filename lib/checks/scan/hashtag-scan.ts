/**
 * The one hashtag scanner: what counts as a hashtag for the rules, the panel's counter, the
 * templates' hashtag block and any other code that counts or lists tags. A `#` inside a web
 * address (`https://sleman.go.id/#jadwal`) or an e-mail address is not a hashtag.
 */
import { PATTERNS } from './patterns';
import { findAll, type Span } from './text';
import { scanEmails, scanUrls } from './tokens';

/** True when [start, end) overlaps one of the ranges, which are sorted and don't overlap each other. */
export function overlapsAny(sorted: ReadonlyArray<Pick<Span, 'start' | 'end'>>, start: number, end: number): boolean {
  // Binary search for the first range ending after start.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Pick<Span, 'end'>).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const hit = sorted[lo];
  return hit !== undefined && hit.start < end;
}

/** Web addresses that are not part of an e-mail address. */
export function linksIn(text: string, emails: readonly Span[] = scanEmails(text)): Span[] {
  return scanUrls(text).filter((u) => !overlapsAny(emails, u.start, u.end));
}

/** Every hashtag in the text, in order (`text` includes the `#`); `links` when the caller has them. */
export function findHashtags(text: string, links?: readonly Span[]): Span[] {
  if (!text.includes('#')) return [];
  const urls = links ?? linksIn(text);
  return findAll(PATTERNS.hashtag, text).filter((h) => !overlapsAny(urls, h.start, h.end));
}

/** How many hashtags the platform sees in the text. */
export function countHashtags(text: string): number {
  return findHashtags(text).length;
}
