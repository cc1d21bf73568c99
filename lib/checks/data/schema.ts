/**
 * Schemas for the word and phrase lists. Every list is validated when it loads, so a bad entry
 * (missing source, wrong = right, duplicates, stray blanks) fails the first test loudly instead of
 * producing silent false alarms in an admin's panel.
 */
import * as v from 'valibot';

const trimmed = v.pipe(
  v.string(),
  v.minLength(1, 'empty'),
  v.check((s) => s === s.trim() && !s.includes('  '), 'leading, trailing or double blank'),
);
const lower = v.pipe(trimmed, v.check((s) => s === s.toLowerCase(), 'must be lower case'));
const source = v.pipe(v.string(), v.minLength(3, 'every entry needs a source'));

export const SpellingEntrySchema = v.pipe(
  v.strictObject({
    wrong: lower,
    right: trimmed,
    source,
    /** The wrong form is also a person's name (Ramadhan): never "fix all" it. */
    mayBeName: v.optional(v.boolean()),
    /** Made by scripts/derive-spelling.ts from this hand-written entry's wrong form (ijin → mengijinkan). */
    derivedFrom: v.optional(lower),
  }),
  v.check((e) => e.wrong !== e.right.toLowerCase(), 'wrong and right are the same word'),
);
export type SpellingEntry = v.InferOutput<typeof SpellingEntrySchema>;

export const HOAX_SIGNS = ['spread', 'no-source', 'pressure', 'miracle', 'free-money', 'conspiracy'] as const;
export type HoaxSign = (typeof HOAX_SIGNS)[number] | 'disaster-time' | 'preset';

export const HoaxDataSchema = v.strictObject({
  phrases: v.array(
    v.strictObject({
      phrase: lower,
      sign: v.picklist(HOAX_SIGNS),
      source,
      /** 2 = strong sign, 1 = weak sign (see the hoax-signs rule for the scoring). */
      weight: v.picklist([1, 2]),
      /**
       * When the phrase is not a sign (lib/checks/vocabulary/hoax-context.ts): `negatable` after "tidak",
       * "bukan", "teori" …; `reporting` when it reports a quote ('"…," katanya'); `own` after
       * "kami", "telah" … (the institution's own "yang kami sebarkan").
       */
      guard: v.optional(v.picklist(['negatable', 'reporting', 'own'])),
    }),
  ),
  disasters: v.array(v.strictObject({ word: lower, source })),
  predictions: v.array(v.strictObject({ word: lower, source })),
});
export type HoaxData = v.InferOutput<typeof HoaxDataSchema>;

export const ShortenerListSchema = v.array(
  v.strictObject({
    domain: v.pipe(lower, v.check((s) => s.includes('.') && !s.includes('/'), 'a bare domain')),
    source,
  }),
);

export const SaraDataSchema = v.strictObject({
  terms: v.array(v.strictObject({ phrase: lower, suggestion: v.optional(trimmed), source })),
  hostility: v.array(v.strictObject({ word: lower, source })),
  groups: v.array(v.strictObject({ word: lower, source })),
  /** Sweeping statements about a group ("memang susah diatur"), warned when a group is named near them. */
  generalizations: v.array(v.strictObject({ phrase: lower, source })),
  /** Calls to exclude a group ("jangan beri mereka"), warned when a group is named near them. */
  exclusions: v.array(v.strictObject({ phrase: lower, source })),
});
export type SaraData = v.InferOutput<typeof SaraDataSchema>;

export const ElectionDataSchema = v.strictObject({
  phrases: v.array(v.strictObject({ phrase: lower, source })),
  support: v.array(v.strictObject({ word: lower, source })),
  candidates: v.array(v.strictObject({ word: lower, source })),
});
export type ElectionData = v.InferOutput<typeof ElectionDataSchema>;

/** Parses a list or throws an error that names the list, the entry and what is wrong with it. */
export function parseList<S extends v.GenericSchema>(name: string, schema: S, raw: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  const details = result.issues
    .slice(0, 5)
    .map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
    .join('; ');
  throw new Error(`Invalid word list "${name}": ${details}`);
}

/** Throws when two entries share a key: the second would silently never apply. */
export function assertUnique(name: string, keys: string[]): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw new Error(`Invalid word list "${name}": duplicate entry "${key}"`);
    seen.add(key);
  }
}

export const ChatListSchema = v.array(
  v.strictObject({
    wrong: v.pipe(lower, v.check((s) => !s.includes(' '), 'one word')),
    right: trimmed,
    source,
    /** A standard abbreviation written without its dot (dll → dll.): quiet when the dot is there. */
    dot: v.optional(v.literal(true)),
  }),
);

export const PlaceTimeSchema = v.strictObject({ source, words: v.array(v.pipe(lower, v.check((s) => !s.includes(' '), 'one word'))) });

export const LexiconExtraSchema = v.array(
  v.strictObject({
    word: v.pipe(lower, v.check((s) => !s.includes(' '), 'one word')),
    source,
  }),
);

export const BoundFormListSchema = v.array(v.strictObject({ prefix: lower, source }));
