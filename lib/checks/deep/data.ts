/** The deep rules' data, validated and built once (background page, extension pages, CLI, tests). */
import { WORDS } from '../hunspell/words';
import extraRaw from '../data/lexicon-extra.json';
import chatRaw from '../data/chat.json';
import placeTimeRaw from '../data/place-time.json';
import { BOUND_FORMS, loadLexiconExtra } from '../data';
import { ChatListSchema, PlaceTimeSchema, assertUnique, parseList } from '../data/schema';
import { SPELLING } from '../data/spelling';
import { Lexicon, decodeWords } from './lexicon';

export { SPELLING };
export const LEXICON_EXTRA = loadLexiconExtra(extraRaw);
export const LEXICON = new Lexicon(decodeWords(WORDS), LEXICON_EXTRA.map((e) => e.word), BOUND_FORMS.map((b) => b.prefix));

export function loadChat(raw: unknown) {
  const list = parseList('chat', ChatListSchema, raw);
  assertUnique('chat', list.map((e) => e.wrong));
  const spelled = new Set(SPELLING.map((e) => e.wrong));
  for (const e of list) if (spelled.has(e.wrong)) throw new Error(`Invalid word list "chat": "${e.wrong}" is also in the spelling list`);
  return list;
}
export const CHAT = loadChat(chatRaw);
export const PLACE_TIME = parseList('place-time', PlaceTimeSchema, placeTimeRaw);
