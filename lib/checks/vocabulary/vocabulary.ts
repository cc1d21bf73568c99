/**
 * Every word that a built-in word list of the content script starts with (bound forms, hoax, SARA
 * and election phrases). The scan checks each word against it once; the word-list rules then look
 * only at the words it marks, a few dozen in a 63 KB post of about 9,000 words. (The spelling list
 * lives with the deep rules, deep/spelling.ts, which do their own lookups.)
 */
import { BOUND_FORMS } from '../data';
import { lexiconFirstWords } from './lexicon';

let vocabulary: ReadonlySet<string> | undefined;

export function listedFirstWords(): ReadonlySet<string> {
  vocabulary ??= new Set([...lexiconFirstWords(), ...BOUND_FORMS.map((b) => b.prefix.toLowerCase())]);
  return vocabulary;
}
