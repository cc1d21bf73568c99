/** The deep rules' data, validated and built once (background page, extension pages, CLI, tests). */
import { WORDS } from '../hunspell/words';
import extraRaw from '../data/lexicon-extra.json';
import { BOUND_FORMS, loadLexiconExtra } from '../data';
import { SPELLING } from '../data/spelling';
import { Lexicon, decodeWords } from './lexicon';

export { SPELLING };
export const LEXICON_EXTRA = loadLexiconExtra(extraRaw);
export const LEXICON = new Lexicon(decodeWords(WORDS), LEXICON_EXTRA.map((e) => e.word), BOUND_FORMS.map((b) => b.prefix));
