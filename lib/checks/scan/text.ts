/** Small text helpers shared by rules. Offsets are UTF-16 code units, as in Finding. */
import { PATTERNS } from './patterns';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** All matches of a global pattern, without the allocation of matchAll's regex clone. */
export function findAll(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Gives the suggestion the case of what the admin typed: Ijin → Izin, IJIN → IZIN. */
export function keepCase(typed: string, right: string): string {
  const letters = typed.replace(PATTERNS.nonLetter, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return right.toUpperCase();
  }
  const first = typed.charAt(0);
  if (first !== first.toLowerCase() && right.length > 0) {
    return right.charAt(0).toUpperCase() + right.slice(1);
  }
  return right;
}

/** True when index sits between the two halves of a surrogate pair (never cut an emoji). */
export function splitsPair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Moves an offset back so it does not cut a surrogate pair. */
export function safeCut(text: string, index: number): number {
  return splitsPair(text, index) ? index - 1 : index;
}


/** Range that removes a token together with one blank run next to it, so no double space stays. */
export function removalRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
  if (s < start) return { start: s, end };
  let e = end;
  while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
  return { start, end: e };
}

/** Where the caption ends without trailing blanks: the place to append hashtags. */
export function appendPoint(text: string): number {
  let e = text.length;
  while (e > 0 && PATTERNS.blank.test(text.charAt(e - 1))) e--;
  return e;
}
