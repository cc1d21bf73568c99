/**
 * The structure of a pack file as a valibot schema; public/pack.schema.json is generated from it.
 * Validation messages here are codes (see ./messages.ts), so one schema speaks both UI languages.
 * Checks JSON Schema cannot express (real calendar dates, duplicate ids, glossary variants that
 * would match everything, template syntax) live in ./semantic.ts.
 */
import * as v from 'valibot';
import { CATEGORIES, CLAIM_VERDICTS, INSTITUTION_TYPES, PLATFORMS, SEVERITIES } from '../checks/types';
import { FIELD_TYPES, TEMPLATE_KINDS, TEMPLATE_PURPOSES } from '../templates/types';
import { EXERCISE_LEVELS, PACK_FORMAT } from './types';

export const LIMITS = {
  /** Characters for names, labels, handles. */
  short: 200,
  /** Characters for descriptions, notes, taglines. */
  text: 2_000,
  /** Characters for template bodies, footers and exercise captions (Facebook allows 63,206). */
  long: 20_000,
  /** Items per list: enough for a province's glossary, small enough to keep the panel fast. */
  items: 10_000,
} as const;

/** Ids appear in lock paths (`glossary/<id>`), so they never contain `/` or spaces. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_TIME_PATTERN =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const HANDLE_PATTERN = /^[A-Za-z0-9._]{1,50}$/;
const HASHTAG_PATTERN = /^[\p{L}\p{N}_]{1,100}$/u;
const URL_PATTERN = /^https?:\/\/[^\s]+$/;
const FIELD_NAME_PATTERN = /^[a-z0-9_]{1,50}$/;
/** A glossary variant must contain a letter or a digit, or it would match punctuation everywhere. */
const VARIANT_PATTERN = /[\p{L}\p{N}]/u;
/** Syntax only; ./locks.ts checks which paths mean something. */
export const LOCK_PATTERN = /^[A-Za-z]+(\/[A-Za-z0-9*][A-Za-z0-9._*-]{0,99}){0,5}$/;

/** A logo is an image inside the profile (no address to fetch): PNG, JPEG or WebP, about 70 KB at most. */
export const LOGO_PATTERN = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;
export const LOGO_MAX_CHARS = 100_000;
/** Nomor Induk Pegawai of a civil servant: 18 digits. */
export const NIP_PATTERN = /^\d{18}$/;
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, 'too-long'));
const nonEmpty = (max: number) =>
  v.pipe(v.string(), v.regex(/\S/, 'empty'), v.maxLength(max, 'too-long'));
const list = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item), v.maxLength(LIMITS.items, 'too-many'));
const id = v.pipe(v.string(), v.regex(ID_PATTERN, 'id'));
const date = v.pipe(v.string(), v.regex(DATE_PATTERN, 'date'));
const url = v.pipe(v.string(), v.regex(URL_PATTERN, 'url'), v.maxLength(500, 'too-long'));

export const localizedTextSchema = v.strictObject({
  id: nonEmpty(LIMITS.text),
  en: v.optional(text(LIMITS.text)),
});

const contactSchema = v.strictObject({
  kind: v.picklist(['phone', 'whatsapp', 'email', 'web', 'address']),
  value: nonEmpty(500),
  label: v.optional(localizedTextSchema),
});

const hashtag = v.pipe(v.string(), v.regex(HASHTAG_PATTERN, 'hashtag'));

export const profileSchema = v.strictObject({
  id,
  officialName: nonEmpty(LIMITS.short),
  shortNames: v.optional(list(nonEmpty(LIMITS.short)), []),
  handles: v.optional(
    v.strictObject({
      instagram: v.optional(v.pipe(v.string(), v.regex(HANDLE_PATTERN, 'handle'))),
      facebook: v.optional(v.pipe(v.string(), v.regex(HANDLE_PATTERN, 'handle'))),
      tiktok: v.optional(v.pipe(v.string(), v.regex(HANDLE_PATTERN, 'handle'))),
    }),
    {},
  ),
  hashtags: v.optional(
    v.strictObject({
      required: v.optional(list(hashtag), []),
      recommended: v.optional(list(hashtag), []),
      forbidden: v.optional(list(hashtag), []),
    }),
    { required: [], recommended: [], forbidden: [] },
  ),
  tagline: v.optional(text(LIMITS.text)),
  footer: v.optional(text(LIMITS.long)),
  contacts: v.optional(list(contactSchema), []),
  timeZone: v.picklist(['WIB', 'WITA', 'WIT']),
  allowedWords: v.optional(list(nonEmpty(100)), []),
  favouriteTemplates: v.optional(list(id)),
  defaultFor: v.optional(v.array(v.picklist(PLATFORMS))),
  activity: v.optional(
    v.strictObject({
      postsPerWeek: v.optional(v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'min'))),
      silentAfterDays: v.optional(v.pipe(v.number(), v.integer('integer'), v.minValue(1, 'min'))),
    }),
  ),
  institutionType: v.optional(v.picklist(INSTITUTION_TYPES)),
  expires: v.optional(date),
  logo: v.optional(v.pipe(v.string(), v.maxLength(LOGO_MAX_CHARS, 'too-long'), v.regex(LOGO_PATTERN, 'logo'))),
  signatory: v.optional(
    v.strictObject({
      name: nonEmpty(LIMITS.short),
      nip: v.optional(v.pipe(v.string(), v.regex(NIP_PATTERN, 'nip'))),
      position: v.optional(text(LIMITS.short)),
    }),
  ),
});

export const glossaryEntrySchema = v.strictObject({
  id,
  preferred: nonEmpty(LIMITS.short),
  variants: v.pipe(
    v.array(v.pipe(v.string(), v.regex(VARIANT_PATTERN, 'variant'), v.maxLength(LIMITS.short, 'too-long'))),
    v.minLength(1, 'no-variants'),
    v.maxLength(100, 'too-many'),
  ),
  caseSensitive: v.optional(v.boolean()),
  note: v.optional(localizedTextSchema),
  expires: v.optional(date),
});

const templateVariantSchema = v.strictObject({
  body: v.optional(text(LIMITS.long)),
  hashtags: v.optional(text(LIMITS.text)),
});

export const templateSchema = v.strictObject({
  id,
  kind: v.optional(v.picklist(TEMPLATE_KINDS)),
  title: localizedTextSchema,
  description: v.optional(localizedTextSchema),
  category: id,
  purpose: v.picklist(TEMPLATE_PURPOSES),
  tags: v.optional(list(nonEmpty(100))),
  fields: list(
    v.strictObject({
      name: v.pipe(v.string(), v.regex(FIELD_NAME_PATTERN, 'field-name')),
      type: v.picklist(FIELD_TYPES),
      label: localizedTextSchema,
      default: v.optional(text(LIMITS.text)),
      required: v.optional(v.boolean()),
      options: v.optional(list(nonEmpty(LIMITS.short))),
      example: v.optional(text(LIMITS.text)),
    }),
  ),
  body: nonEmpty(LIMITS.long),
  hashtags: v.optional(text(LIMITS.text)),
  variants: v.optional(
    v.strictObject({
      instagram: v.optional(templateVariantSchema),
      facebook: v.optional(templateVariantSchema),
      tiktok: v.optional(templateVariantSchema),
    }),
  ),
  expires: v.optional(date),
});

const count = v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'min'), v.maxValue(1_000_000, 'max'));
const limitsSchema = v.strictObject({
  captionLength: v.optional(v.pipe(v.number(), v.integer('integer'), v.minValue(1, 'min'), v.maxValue(1_000_000, 'max'))),
  hashtags: v.optional(v.nullable(count)),
  mentions: v.optional(v.nullable(count)),
  foldAt: v.optional(v.nullable(count)),
  linksClickable: v.optional(v.boolean()),
  replyLength: v.optional(v.pipe(v.number(), v.integer('integer'), v.minValue(1, 'min'), v.maxValue(1_000_000, 'max'))),
});

export const ruleSettingsSchema = v.strictObject({
  rules: v.optional(
    v.record(
      id,
      v.strictObject({
        enabled: v.optional(v.boolean()),
        severity: v.optional(v.picklist(SEVERITIES)),
        phrases: v.optional(list(nonEmpty(LIMITS.short))),
      }),
    ),
  ),
  limits: v.optional(
    v.strictObject({
      instagram: v.optional(limitsSchema),
      facebook: v.optional(limitsSchema),
      tiktok: v.optional(limitsSchema),
    }),
  ),
  prompt: v.optional(
    v.strictObject({
      enabled: v.optional(v.boolean()),
      warnCategories: v.optional(v.array(v.picklist(CATEGORIES))),
    }),
  ),
});

export const exerciseSchema = v.strictObject({
  id,
  title: localizedTextSchema,
  level: v.picklist(EXERCISE_LEVELS),
  platform: v.picklist(PLATFORMS),
  caption: text(LIMITS.long),
  goal: v.variant('kind', [
    v.strictObject({ kind: v.literal('fix-errors') }),
    v.strictObject({ kind: v.literal('use-template'), templateId: id }),
  ]),
  hints: v.optional(list(localizedTextSchema), []),
  expires: v.optional(date),
  fixAll: v.optional(v.boolean()),
});

export const claimSchema = v.strictObject({
  id,
  claim: localizedTextSchema,
  verdict: v.picklist(CLAIM_VERDICTS),
  source: v.strictObject({
    name: nonEmpty(LIMITS.short),
    url,
    title: v.optional(text(LIMITS.short * 2)),
  }),
  published: date,
  keywords: v.optional(v.pipe(v.array(nonEmpty(100)), v.maxLength(20, 'too-many'))),
  expires: v.optional(date),
});

export const packSchema = v.strictObject({
  $schema: v.optional(url),
  format: v.literal(PACK_FORMAT),
  version: v.pipe(v.number(), v.integer('integer'), v.minValue(1, 'min')),
  id,
  name: nonEmpty(LIMITS.short),
  publisher: v.strictObject({
    name: nonEmpty(LIMITS.short),
    url: v.optional(url),
    contact: v.optional(text(LIMITS.short)),
  }),
  updated: v.pipe(v.string(), v.regex(DATE_TIME_PATTERN, 'date')),
  description: v.optional(text(LIMITS.text)),
  expires: v.optional(date),
  profiles: v.optional(list(profileSchema)),
  glossary: v.optional(list(glossaryEntrySchema)),
  templates: v.optional(list(templateSchema)),
  ruleSettings: v.optional(ruleSettingsSchema),
  exercises: v.optional(list(exerciseSchema)),
  claims: v.optional(list(claimSchema)),
  locked: v.optional(list(v.pipe(v.string(), v.regex(LOCK_PATTERN, 'lock')))),
});
