/**
 * Every word that a built-in word list starts with (bound forms, hoax, SARA and election phrases).
 * The scan checks each word against it once; the word-list rules then look only at the words it
 * marks, a few dozen in a 63 KB post of about 9,000 words.
 *
 * The lists register themselves (lexicon.ts, deep/bound-form.ts) instead of being imported here:
 * the rules that read them run with the deep rules, so the content script, which loads none of
 * those lists, carries none of their data (its budget is 60 KB gzip) and marks no word. (The
 * spelling list lives with the deep rules too, deep/spelling.ts, which do their own lookups.)
 */
const sources: Array<() => Iterable<string>> = [];
let vocabulary: ReadonlySet<string> | undefined;

/** Called once by each module that owns a word list the scan should mark. */
export function addListedWords(words: () => Iterable<string>): void {
  sources.push(words);
  vocabulary = undefined;
}

export function listedFirstWords(): ReadonlySet<string> {
  vocabulary ??= new Set(sources.flatMap((words) => [...words()]));
  return vocabulary;
}
