/**
 * Every word that a built-in word list starts with (spelling, bound forms, hoax, SARA and election
 * phrases). The scan checks each word against it once; the word-list rules then look only at the
 * words it marks, a few dozen in a 63 KB post of about 9,000 words.
 */
import { BOUND_FORMS } from './data';
import { lexiconFirstWords } from './lexicon';
import { PAIR_STARTS, SINGLE_WORDS } from './spelling';

let vocabulary: ReadonlySet<string> | undefined;

export function listedFirstWords(): ReadonlySet<string> {
  vocabulary ??= new Set([...SINGLE_WORDS.keys(), ...PAIR_STARTS, ...lexiconFirstWords(), ...BOUND_FORMS.map((b) => b.prefix.toLowerCase())]);
  return vocabulary;
}
