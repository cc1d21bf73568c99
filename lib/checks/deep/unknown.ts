/**
 * Words the lexicon does not know (pemerintaah), as info with its nearest known words. Quiet on
 * names and terms the profile and glossary know, words with a capital (names inside a sentence,
 * acronyms), hashtags, handles, URLs, numbers, foreign terms in common use, the words the admin
 * allowed, and what the spelling and chat lists already explain.
 */
import foreignRaw from '../data/foreign-words.json';
import { PlaceTimeSchema, parseList } from '../data/schema';
import { msg, type Draft, type RuleInput } from '../rule';
import { REF } from '../refs';
import type { CheckContext } from '../types';
import { CHAT, LEXICON } from './data';
import { listedSpelling } from './spelling';

const FOREIGN = new Set(parseList('foreign-words', PlaceTimeSchema, foreignRaw).words);
const CHAT_WORDS = new Set(CHAT.map((e) => e.wrong));
const WORD_RE = /\p{L}+/gu;

const MAX_SUGGESTED = 10;
const ASCII_LOWER = /^[a-z]+$/;

/**
 * Verdicts and suggestions per word, kept across checks: they depend on the word only (the
 * lexicon and the lists are fixed once loaded), and the background checks the same caption again
 * on every pause in typing. Cleared when it grows past MAX_CACHED (a pasted wall of junk).
 */
const MAX_CACHED = 20_000;
const verdicts = new Map<string, boolean>();
const suggestionCache = new Map<string, string[]>();

function knownWord(w: string): boolean {
  let v = verdicts.get(w);
  if (v === undefined) {
    v = !ASCII_LOWER.test(w) || LEXICON.accepts(w) || FOREIGN.has(w) || CHAT_WORDS.has(w) || listedSpelling(w);
    if (verdicts.size >= MAX_CACHED) verdicts.clear();
    verdicts.set(w, v);
  }
  return v;
}

function suggestionsFor(w: string): string[] {
  let s = suggestionCache.get(w);
  if (s === undefined) {
    s = LEXICON.suggest(w);
    if (suggestionCache.size >= MAX_CACHED) suggestionCache.clear();
    suggestionCache.set(w, s);
  }
  return s;
}

const known = new WeakMap<object, WeakMap<object, ReadonlySet<string>>>();
const NO_PROFILE = {};

/** Lower-case words of the profile's names and texts and of every glossary entry (cached per pair). */
function contextWords(ctx: CheckContext): ReadonlySet<string> {
  let byProfile = known.get(ctx.glossary);
  if (byProfile === undefined) {
    byProfile = new WeakMap();
    known.set(ctx.glossary, byProfile);
  }
  const cached = byProfile.get(ctx.profile ?? NO_PROFILE);
  if (cached !== undefined) return cached;
  const out = new Set<string>();
  const add = (s: string | undefined) => {
    for (const m of (s ?? '').toLowerCase().matchAll(WORD_RE)) out.add(m[0]);
  };
  const p = ctx.profile;
  if (p !== undefined) {
    add(p.officialName);
    for (const s of p.shortNames) add(s);
    add(p.tagline);
    add(p.footer);
    for (const h of Object.values(p.handles)) add(h);
    for (const list of [p.hashtags.required, p.hashtags.recommended]) for (const h of list) add(h);
  }
  for (const g of ctx.glossary) {
    add(g.preferred);
    for (const v of g.variants) add(v);
  }
  byProfile.set(ctx.profile ?? NO_PROFILE, out);
  return out;
}

export function runUnknown({ text, scan, allowed, ctx }: RuleInput): Draft[] {
  const out: Draft[] = [];
  let fromContext: ReadonlySet<string> | undefined;
  const suggested = new Map<string, string[]>();
  for (const word of scan.words()) {
    const w = word.lower;
    // Lower case letters only: a capital is a name or an acronym, a digit a number or a code.
    if (word.text !== w || w.length < 4) continue;
    if (knownWord(w) || allowed.has(w)) continue;
    // Part of a hyphenated or apostrophed form (e-ktp, Jum'at) is judged by the rules for those.
    if (text[word.start - 1] === '-' || text[word.end] === '-' || text[word.start - 1] === '@' || text[word.start - 1] === '#') continue;
    fromContext ??= contextWords(ctx);
    if (fromContext.has(w) || scan.isProtected(word.start, word.end)) continue;
    // A pasted wall of unknown words gets suggestions for its first ones only (keystroke budget).
    let suggestions = suggested.get(w);
    if (suggestions === undefined) {
      suggestions = suggested.size < MAX_SUGGESTED ? suggestionsFor(w) : [];
      suggested.set(w, suggestions);
    }
    out.push({
      start: word.start,
      end: word.end,
      message:
        suggestions.length > 0
          ? msg(`Kata tidak dikenal: "${word.text}". Maksudnya "${suggestions[0]}"?`, `Unknown word: "${word.text}". Did you mean "${suggestions[0]}"?`)
          : msg(`Kata tidak dikenal: "${word.text}".`, `Unknown word: "${word.text}".`),
      explanation: msg(
        'Kata ini tidak ada di kamus Saring (hunspell-id dan tambahan KBBI). Periksa ejaannya; jika benar (nama, istilah daerah), tambahkan ke daftar kata yang diizinkan.',
        "This word is not in Saring's dictionary (hunspell-id plus KBBI additions). Check its spelling; if it is right (a name, a local term), add it to the allowed words.",
      ),
      reference: REF.eyd,
      ...(suggestions.length > 0 ? { suggestions } : {}),
    });
  }
  return out;
}
