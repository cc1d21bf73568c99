/**
 * The bundled word and phrase lists, validated once when the engine loads. The loads are marked pure
 * so a bundle that does not use a list (the content script runs no phrase rule since they became deep
 * rules) leaves it out; data.test.ts proves each list loads.
 */
import hoaxRaw from './hoax.json';
import shortenersRaw from './shorteners.json';
import saraRaw from './sara.json';
import electionRaw from './election.json';
import boundFormsRaw from './bound-forms.json';
import * as v from 'valibot';
import {
  LexiconExtraSchema,
  BoundFormListSchema,
  ElectionDataSchema,
  HoaxDataSchema,
  SaraDataSchema,
  ShortenerListSchema,
  SpellingEntrySchema,
  assertUnique,
  parseList,
} from './schema';

export function loadSpelling(raw: unknown) {
  const list = parseList('spelling', v.array(SpellingEntrySchema), raw);
  assertUnique('spelling', list.map((e) => e.wrong));
  for (const e of list) {
    // A two-word wrong form is looked up as a pair of words; three would never be reached.
    if (e.wrong.split(' ').length > 2) throw new Error(`Invalid word list "spelling": "${e.wrong}" has more than two words`);
  }
  return list;
}

/** KBBI words the hunspell lexicon lacks (diimbau, daring), each with its source. */
export function loadLexiconExtra(raw: unknown) {
  const list = parseList('lexicon-extra', LexiconExtraSchema, raw);
  assertUnique('lexicon-extra', list.map((e) => e.word));
  return list;
}

export function loadHoax(raw: unknown) {
  const data = parseList('hoax', HoaxDataSchema, raw);
  assertUnique('hoax', data.phrases.map((p) => p.phrase));
  return data;
}

export function loadShorteners(raw: unknown) {
  const list = parseList('shorteners', ShortenerListSchema, raw);
  assertUnique('shorteners', list.map((e) => e.domain));
  return list;
}

export function loadSara(raw: unknown) {
  const data = parseList('sara', SaraDataSchema, raw);
  assertUnique('sara', data.terms.map((t) => t.phrase));
  return data;
}

export function loadElection(raw: unknown) {
  const data = parseList('election', ElectionDataSchema, raw);
  assertUnique('election', data.phrases.map((p) => p.phrase));
  return data;
}

export function loadBoundForms(raw: unknown) {
  const list = parseList('bound-forms', BoundFormListSchema, raw);
  assertUnique('bound-forms', list.map((e) => e.prefix));
  return list;
}

export const HOAX = /* @__PURE__ */ loadHoax(hoaxRaw);
export const SHORTENERS = /* @__PURE__ */ loadShorteners(shortenersRaw);
export const SARA = /* @__PURE__ */ loadSara(saraRaw);
export const ELECTION = /* @__PURE__ */ loadElection(electionRaw);
export const BOUND_FORMS = /* @__PURE__ */ loadBoundForms(boundFormsRaw);
