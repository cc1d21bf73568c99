/**
 * Hand-written scanners for words, e-mail addresses and web addresses. They replace the three
 * regular expressions that cost most on a 63 KB post (each tried a lookbehind at every position);
 * these walk the text once, with an ASCII fast path. Linear by construction: every loop advances.
 */
import { PATTERNS } from './patterns';
import type { Span } from './text';

export interface Word extends Span {
  /** Lower case, with ’ as ': the key for word lists. */
  lower: string;
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Length of the word character at i (1, or 2 for an astral letter), or 0 when it is not one. */
function wordCharAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiWordCode(c) ? 1 : 0;
  const cp = text.codePointAt(i) ?? c;
  const size = cp > 0xffff ? 2 : 1;
  return PATTERNS.wordChar.test(String.fromCodePoint(cp)) ? size : 0;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Words: letters, marks and digits, with apostrophes inside (Jum'at). */
export function scanWords(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII is inlined: this loop runs on every character of a 63 KB post on every keystroke.
    const size = c < 128 ? (isAsciiWordCode(c) ? 1 : 0) : wordCharAt(text, i);
    if (size === 0) {
      i++;
      continue;
    }
    const start = i;
    let curly = false;
    // Most words in a caption are already lower-case ASCII: those skip toLowerCase (and its copy).
    let mixed = c >= 128 || (c >= 65 && c <= 90);
    i += size;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128 && isAsciiWordCode(d)) {
        if (d >= 65 && d <= 90) mixed = true;
        i++;
        continue;
      }
      const next = d < 128 ? 0 : wordCharAt(text, i);
      if (next > 0) {
        mixed = true;
        i += next;
        continue;
      }
      if (isApostrophe(d) && i + 1 < n && wordCharAt(text, i + 1) > 0) {
        curly ||= d === 0x2019;
        i++;
        continue;
      }
      break;
    }
    const word = text.slice(start, i);
    const lower = mixed ? word.toLowerCase() : word;
    out.push({ start, end: i, text: word, lower: curly ? lower.replaceAll('’', "'") : lower });
  }
  return out;
}

function isLocalCode(c: number): boolean {
  return isAsciiWordCode(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45; // . _ % + -
}

function isHostCode(c: number): boolean {
  return isAsciiWordCode(c) || c === 45; // -
}

function isAlpha(s: string): boolean {
  return s.length >= 2 && PATTERNS.alphaTld.test(s);
}

/** name@host.tld, with the host validated (letters-only top-level domain) and trailing dots dropped. */
export function scanEmails(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', from)) {
    from = at + 1;
    let start = at;
    while (start > 0 && isLocalCode(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && (isHostCode(text.charCodeAt(end)) || text.charCodeAt(end) === 46)) end++;
    while (end > at + 1 && text.charCodeAt(end - 1) === 46) end--;
    if (start === at || text.charCodeAt(start) === 46) continue;
    const host = text.slice(at + 1, end);
    const dot = host.lastIndexOf('.');
    if (dot <= 0 || !isAlpha(host.slice(dot + 1))) continue;
    out.push({ start, end, text: text.slice(start, end) });
    from = end;
  }
  return out;
}

// Top-level domains that make a bare "x.y" a web address; "pukul 10.00" or "Jl.Magelang" are not.
const BARE_TLDS = new Set([
  'id', 'com', 'net', 'org', 'co', 'io', 'me', 'info', 'biz', 'app', 'ly', 'gl', 'gd', 'at', 'ee',
  'link', 'to', 'tv', 'news', 'web', 'site', 'online', 'xyz', 'page', 'gov', 'int', 'edu', 'cc', 'in',
]);

const TRAILING_PUNCT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '"', '’', '”']);

function isUrlCode(c: number): boolean {
  // Anything but whitespace and the characters that end a URL in running text.
  return c > 32 && c !== 60 && c !== 62 && c !== 34 && c !== 0x3000 && c !== 0xa0 && c !== 0x2028 && c !== 0x2029;
}

function urlEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isUrlCode(text.charCodeAt(end))) end++;
  while (end > from && TRAILING_PUNCT.has(text.charAt(end - 1))) end--;
  return end;
}

/** Characters that, right before an address, mean it is part of something else (a@b.c, x/y.z). */
function blocksStart(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  if (c === 64 || c === 46 || c === 47 || c === 58 || c === 45 || c === 95) return true; // @ . / : - _
  return wordCharAt(text, start - 1) > 0 || (start > 1 && wordCharAt(text, start - 2) === 2);
}

function schemeUrls(text: string, prefix: string, out: Span[]): void {
  let from = 0;
  for (let at = text.indexOf(prefix, from); at !== -1; at = text.indexOf(prefix, from)) {
    from = at + prefix.length;
    if (blocksStart(text, at)) continue;
    const end = urlEnd(text, at + prefix.length);
    if (end - at <= prefix.length + 2) continue;
    out.push({ start: at, end, text: text.slice(at, end) });
    from = end;
  }
}

/** https://…, www.…, and bare domains with a known top-level domain (sleman.go.id/berita, bit.ly/x). */
export function scanUrls(text: string): Span[] {
  const explicit: Span[] = [];
  schemeUrls(text, 'https://', explicit);
  schemeUrls(text, 'http://', explicit);
  schemeUrls(text, 'www.', explicit);
  explicit.sort((a, b) => a.start - b.start);
  const out: Span[] = [...explicit];
  let from = 0;
  let e = 0; // explicit URLs are sorted and dots come in order: one pointer finds the covering one
  for (let dot = text.indexOf('.', from); dot !== -1; dot = text.indexOf('.', from)) {
    from = dot + 1;
    if (!isHostCode(text.charCodeAt(dot - 1)) || !isHostCode(text.charCodeAt(dot + 1))) continue;
    while (e < explicit.length && (explicit[e] as Span).end <= dot) e++;
    const covering = explicit[e];
    if (covering !== undefined && covering.start <= dot) {
      from = covering.end;
      continue;
    }
    let start = dot - 1;
    while (start > 0 && isHostCode(text.charCodeAt(start - 1))) start--;
    let hostEnd = dot + 1;
    while (hostEnd < text.length && (isHostCode(text.charCodeAt(hostEnd)) || text.charCodeAt(hostEnd) === 46)) hostEnd++;
    from = hostEnd;
    let host = text.slice(start, hostEnd);
    while (host.endsWith('.')) host = host.slice(0, -1);
    if (blocksStart(text, start) || text.charCodeAt(hostEnd) === 64) continue;
    if (!BARE_TLDS.has(host.slice(host.lastIndexOf('.') + 1).toLowerCase())) continue;
    const end = text.charCodeAt(start + host.length) === 47 ? urlEnd(text, start + host.length) : start + host.length;
    out.push({ start, end, text: text.slice(start, end) });
    from = Math.max(from, end);
  }
  return out.sort((a, b) => a.start - b.start);
}
