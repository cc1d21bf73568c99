import { PATTERNS } from '../scan/patterns';
import { BOUND_FORMS } from '../data';
import { msg, type Draft, type RuleInput } from '../rule';
import { REF } from '../refs';
import type { Word } from '../scan/tokens';
import { addListedWords } from '../vocabulary/vocabulary';

const PREFIXES = new Map(BOUND_FORMS.map((b) => [b.prefix, b]));
addListedWords(() => BOUND_FORMS.map((b) => b.prefix.toLowerCase()));

// "anti terhadap narkoba", "pro dan kontra": before a function word the prefix is used as a free
// word, and joining them would be wrong.
const FUNCTION_WORDS = new Set([
  'terhadap', 'dengan', 'pada', 'dan', 'atau', 'yang', 'di', 'ke', 'dari', 'untuk', 'oleh', 'itu',
  'ini', 'juga', 'pun', 'sekali', 'sama', 'akan', 'adalah', 'bagi', 'karena', 'tetapi', 'tapi',
]);

function isUpper(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

function isCapitalised(s: string): boolean {
  const first = s.charAt(0);
  return first !== first.toLowerCase();
}

/** How EYD V joins a bound form to the next word: pascabanjir, non-ASN, pasca-Lebaran, Subbagian. */
export function joinBound(prefix: string, word: string): string {
  if (word.length > 1 && isUpper(word)) return `${prefix}-${word}`;
  if (isCapitalised(word)) {
    if (isCapitalised(prefix)) return prefix + word.toLowerCase();
    return `${prefix}-${word}`;
  }
  return prefix + word;
}

/** "pasca banjir", "non tunai", "anti korupsi": bound forms written apart from their word. */
/** The work of rule `spelling-bound-form` (registry entry: ../rules/spelling-bound-form.ts), run where the deep rules run. */
export function runBoundForm({ text, scan, allowed }: RuleInput): Draft[] {
  const words = scan.words();
  const out: Draft[] = [];
  let usedUpTo = -1;
  for (const i of scan.listedWords()) {
    if (i <= usedUpTo || i + 1 >= words.length) continue;
    const word = words[i] as Word;
    const next = words[i + 1] as Word;
    const bound = PREFIXES.get(word.lower);
    if (bound === undefined || next.start !== word.end + 1 || text[word.end] !== ' ') continue;
    if (!PATTERNS.startsWithLetter.test(next.text) || FUNCTION_WORDS.has(next.lower)) continue;
    if (scan.isProtected(word.start, next.end)) continue;
    const typed = text.slice(word.start, next.end);
    if (allowed.has(typed.toLowerCase())) continue;
    // A word in capitals is an acronym only when the prefix is not in capitals too (PASCA BANJIR).
    const fix = isUpper(word.text) && isUpper(next.text) ? (word.text + next.text) : joinBound(word.text, next.text);
    out.push({
      start: word.start,
      end: next.end,
      message: msg(`Ditulis serangkai: "${fix}".`, `Written as one word: "${fix}".`),
      explanation: msg(
        `"${bound.prefix}" adalah bentuk terikat: ditulis serangkai dengan kata berikutnya, atau dengan tanda hubung jika kata itu diawali huruf kapital.`,
        `"${bound.prefix}" is a bound form: it is joined to the next word, or hyphenated when that word starts with a capital.`,
      ),
      reference: REF.eyd,
      suggestions: [fix],
      safe: true,
    });
    usedUpTo = i + 1;
  }
  return out;
}
