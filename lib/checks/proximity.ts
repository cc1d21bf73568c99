/** Pairs of matches close together in the same sentence ("usir" … "pendatang"). */
import type { Span } from './text';

const SENTENCE_END = new Set(['.', '!', '?', '\n']);

function sameSentence(text: string, a: Span, b: Span): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  for (let i = from; i < to; i++) if (SENTENCE_END.has(text.charAt(i))) return false;
  return true;
}

/** Each `first` match with the nearest `second` match within `window` characters, as one span. */
export function nearPairs(text: string, first: Span[], second: Span[], window: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (first.length === 0 || second.length === 0) return out;
  for (const a of first) {
    const b = second.find(
      (s) => s.start < a.end + window && s.end > a.start - window && (s.end <= a.start || s.start >= a.end) && sameSentence(text, a, s),
    );
    if (b !== undefined) out.push({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
  }
  return out;
}
