/** Pairs of matches close together in the same sentence ("usir" … "pendatang"). */
import type { Span } from './text';

const SENTENCE_END = new Set(['.', '!', '?', '\n']);

function sameSentence(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  for (let i = from; i < to; i++) if (SENTENCE_END.has(text.charAt(i))) return false;
  return true;
}

type Range = Pick<Span, 'start' | 'end'>;

function byStart(a: Range, b: Range): number {
  return a.start - b.start;
}

/**
 * Each `first` match with the nearest `second` match within `window` characters, as one span.
 * Both lists are walked in order, so a post full of both words stays linear.
 */
export function nearPairs(text: string, first: readonly Range[], second: readonly Range[], window: number): Range[] {
  const out: Range[] = [];
  if (first.length === 0 || second.length === 0) return out;
  const seconds = [...second].sort(byStart);
  let lo = 0;
  for (const a of [...first].sort(byStart)) {
    while (lo < seconds.length && (seconds[lo] as Range).end <= a.start - window) lo++;
    for (let j = lo; j < seconds.length; j++) {
      const b = seconds[j] as Range;
      if (b.start >= a.end + window) break;
      if ((b.end <= a.start || b.start >= a.end) && sameSentence(text, a, b)) {
        out.push({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
        break;
      }
    }
  }
  return out;
}
