/**
 * Every message between content scripts, extension pages and the background, in one place.
 * Payloads are validated with these schemas before any handler sees them: a content script runs
 * inside a page we do not control, so what it sends is input, not truth.
 */
import * as v from 'valibot';
import { CATEGORIES, LANGS, PLATFORMS, SEVERITIES } from '../checks/types';
import type { Category, Claim, Finding, GlossaryEntry, Lang, Platform, Profile, RuleSettings, Severity } from '../checks/types';
import type { Template } from '../templates/types';
import type { Exercise } from '../presets/types';
import type { PackSafetyChange, SafetyChange } from '../presets/safety';
import { LOCAL_KINDS } from '../presets/merge';
import type { LocalKind } from '../presets/merge';
import type { ActivityRow, JournalChange, JournalEntry, JournalQuery, NamedFile, PostRecord, ReportQuery } from '../journal/types';
import { attemptRecordSchema } from '../practice/attempt-schema';
import type { ProgressAttempt } from '../practice/types';
import type { FieldError, Outcome, PanelPreset, UiSettings } from '../presets/panel';

export type { ActivityRow, JournalEntry, ProgressAttempt };
export type { FieldError, Outcome, PanelPreset, UiSettings };


const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** The kinds of item an admin can keep locally, beside what packs bring (exercises come in packs). */
export { LOCAL_KINDS };
export type { LocalKind };

/** Packs above this size are refused before parsing (a province pack is well under 1 MB). */
export const MAX_PACK_CHARS = 5_000_000;

export const requestSchemas = {
  /** The preset a composer's panel needs: asked for at start and after every change. */
  'preset:get': v.strictObject({
    platform: v.picklist(PLATFORMS),
    account: v.optional(v.nullable(shortText(200))),
  }),
  /** UI settings the panel shows and changes. */
  'settings:get': v.strictObject({}),
  'settings:set': v.strictObject({
    lang: v.optional(v.picklist([...LANGS, 'auto'] as const)),
    activeProfile: v.optional(
      v.strictObject({ platform: v.picklist(PLATFORMS), profileId: shortText(200) }),
    ),
    panel: v.optional(
      v.strictObject({
        collapsed: v.optional(v.boolean()),
        side: v.optional(v.picklist(['left', 'right'] as const)),
        offsetY: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-4000), v.maxValue(4000))),
      }),
    ),
    /** The welcome page's set-up is done (or a pack with the institution was installed). */
    setupDone: v.optional(v.boolean()),
    journal: v.optional(
      v.strictObject({ fullCaption: v.optional(v.boolean()), reminders: v.optional(v.boolean()) }),
    ),
  }),
  /** Opens the welcome page (the panel's "set up Saring" button). */
  'setup:open': v.strictObject({}),
  /**
   * The deep rules (spelling list, lexicon; lib/checks/deep.ts) on the panel's caption: their data
   * lives in the background, not in the content script. The context is the panel's own; the
   * background adds the preset's debunked claims (hoax-claim is a deep rule). `rules`: only these
   * deep rules (a page that runs some of them itself asks for the rest); all of them without it.
   */
  'checks:deep': v.strictObject({
    rules: v.optional(v.pipe(v.array(shortText(100)), v.maxLength(200))),
    caption: v.pipe(v.string(), v.maxLength(70_000)),
    ctx: v.looseObject({
      platform: v.picklist(PLATFORMS),
      lang: v.picklist(LANGS),
      profile: v.optional(v.looseObject({ id: shortText(200), allowedWords: v.array(shortText(200)) })),
      glossary: v.pipe(v.array(v.looseObject({ preferred: shortText(500), variants: v.array(shortText(500)) })), v.maxLength(5000)),
      settings: v.looseObject({ rules: v.record(v.string(), v.looseObject({})), limits: v.looseObject({}) }),
      allowedWords: v.optional(v.pipe(v.array(shortText(200)), v.maxLength(5000))),
    }),
  }),
  /** "Add to allowed words" from a finding. */
  'profile:allow-word': v.strictObject({ profileId: shortText(200), word: shortText(100) }),

  // ---- extension pages only (options, popup, practice) ----
  /** Everything the options page shows. */
  'store:snapshot': v.strictObject({}),
  /** Create or replace a local item; the store validates it fully and refuses locked paths. */
  'local:put': v.strictObject({
    kind: v.picklist(LOCAL_KINDS),
    item: v.looseObject({ id: shortText(200) }),
  }),
  'local:delete': v.strictObject({ kind: v.picklist(LOCAL_KINDS), id: shortText(200) }),
  /** Drops the admin's copy of an item (a pack's item comes back as the pack has it, or unhidden). */
  'local:revert': v.strictObject({ kind: v.picklist(LOCAL_KINDS), id: shortText(200) }),
  /** Replace the local rule settings (what differs from the packs), validated by the store. */
  'local:rule-settings': v.strictObject({ settings: v.looseObject({}) }),
  /** Validate a pack file and show what importing it would add, change or remove. */
  'pack:preview': v.strictObject({ text: v.pipe(v.string(), v.maxLength(MAX_PACK_CHARS)) }),
  'pack:import': v.strictObject({ text: v.pipe(v.string(), v.maxLength(MAX_PACK_CHARS)) }),
  'pack:export': v.strictObject({
    name: shortText(200),
    publisher: shortText(200),
    include: v.strictObject({
      profiles: v.array(shortText(200)),
      templates: v.array(shortText(200)),
      glossary: v.array(shortText(200)),
      exercises: v.array(shortText(200)),
      ruleSettings: v.boolean(),
    }),
    locked: v.optional(v.array(shortText(300))),
  }),
  'pack:remove': v.strictObject({ packId: shortText(200) }),
  'pack:order': v.strictObject({ packIds: v.array(shortText(200)) }),
  'pack:enable': v.strictObject({ packId: shortText(200), enabled: v.boolean() }),
  /** Subscribe to a pack URL; the page asks for the origin's permission first (needs a click). */
  'subscription:add': v.strictObject({
    url: v.pipe(v.string(), v.url(), v.startsWith('https://'), v.maxLength(2000)),
    refreshHours: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 30))),
  }),
  'subscription:refresh': v.strictObject({ packId: shortText(200) }),

  // ---- journal (issue 8) ----
  /** A post went out through a composer with Saring (content scripts and the practice page). */
  'journal:record': v.strictObject({
    platform: v.picklist(PLATFORMS),
    profileId: v.optional(v.nullable(shortText(200))),
    templateId: v.optional(v.nullable(shortText(200))),
    findingsLeft: v.pipe(
      v.array(
        v.strictObject({
          ruleId: shortText(100),
          category: v.picklist(CATEGORIES),
          severity: v.picklist(SEVERITIES),
        }),
      ),
      v.maxLength(500),
    ),
    overridden: v.boolean(),
    caption: v.pipe(v.string(), v.maxLength(70_000)),
    practice: v.optional(v.boolean()),
    /** False: the click went through but the site never confirmed the post within the bound. */
    confirmed: v.optional(v.boolean()),
    /** A reply in a comment box (issue 18); absent for a post. */
    kind: v.optional(v.picklist(['post', 'reply'])),
  }),
  'journal:list': v.strictObject({
    from: v.optional(v.pipe(v.string(), v.isoDate())),
    to: v.optional(v.pipe(v.string(), v.isoDate())),
    profileIds: v.optional(v.array(shortText(200))),
  }),
  'journal:update': v.strictObject({
    id: shortText(200),
    posted: v.optional(v.boolean()),
    note: v.optional(shortText(2000)),
  }),
  'journal:delete': v.strictObject({ id: shortText(200) }),
  /** Days since the last post and this month's count, per profile and platform (popup). */
  'activity:summary': v.strictObject({}),
  /** The admin's own data (journal, progress, local items, settings), independent of packs. */
  'backup:export': v.strictObject({}),
  'backup:import': v.strictObject({ text: v.pipe(v.string(), v.maxLength(MAX_PACK_CHARS * 4)) }),
  /** The report file for the Diskominfo (counts only, no captions): a period and some profiles. */
  'report:file': v.strictObject({
    from: v.pipe(v.string(), v.isoDate()),
    to: v.pipe(v.string(), v.isoDate()),
    profileIds: v.optional(v.array(shortText(200))),
  }),

  // ---- practice mode (issue 7) ----
  'progress:record': attemptRecordSchema,
  'progress:list': v.strictObject({}),
  'progress:tour-seen': v.strictObject({ seen: v.boolean() }),
} as const;

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof requestSchemas)[K]>;

/** An installed pack as the options page lists it. */
export interface PackInfo {
  id: string;
  name: string;
  publisher: string;
  updated: string;
  description?: string;
  source: 'builtin' | 'file' | 'subscription';
  enabled: boolean;
  /** Position in the merge order: later packs win over earlier ones, local edits win over packs. */
  order: number;
  counts: { profiles: number; templates: number; glossary: number; exercises: number; claims?: number };
  locked: string[];
  subscription?: { url: string; refreshHours: number; lastFetched?: string; lastError?: string };
}

export interface StoreSnapshot {
  packs: PackInfo[];
  /** What the admin keeps locally (overrides and own items). */
  local: {
    profiles: Profile[];
    templates: Template[];
    glossary: GlossaryEntry[];
    claims?: Claim[];
    /** Ids of pack items the admin switched off, per kind. */
    hidden: Partial<Record<LocalKind, string[]>>;
    ruleSettings: Record<string, unknown>;
  };
  /** The merged result every panel uses. */
  effective: {
    profiles: Profile[];
    templates: Template[];
    glossary: GlossaryEntry[];
    claims?: Claim[];
    exercises: Exercise[];
    /** Exercises of enabled packs past their (or their pack's) `expires` day, listed as expired on the practice page. */
    expiredExercises?: Exercise[];
    settings: RuleSettings;
    locked: Record<string, string>;
    /** Which pack changed which safety rule (turned down to warning, or an off that was refused). */
    safety: PackSafetyChange[];
  };
  ui: UiSettings;
  /** "profiles/<id>" → the name of the pack the item comes from (absent for the admin's own items). */
  packItems: Record<string, string>;
}

export interface PackPreview {
  pack: { id: string; name: string; publisher: string; updated: string; version: number; description?: string };
  /** True when an earlier copy of this pack is installed (the import replaces it). */
  replaces: boolean;
  added: Array<{ kind: string; id: string; label: string }>;
  /** `fields` names what differs, e.g. "hashtags/required". */
  changed: Array<{ kind: string; id: string; label: string; fields?: string[] }>;
  removed: Array<{ kind: string; id: string; label: string }>;
  /** Changed rule-setting paths, e.g. "limits/instagram/hashtags". */
  ruleSettings: string[];
  locks: { added: string[]; removed: string[] };
  /** Safety rules the pack turns down or tries to switch off (refused on import, named here). */
  safety: SafetyChange[];
}

export interface Responses {
  'preset:get': PanelPreset;
  'settings:get': UiSettings;
  'settings:set': UiSettings;
  'setup:open': { opened: boolean };
  'checks:deep': Finding[];
  'profile:allow-word': Outcome;
  'store:snapshot': StoreSnapshot;
  'local:put': Outcome;
  'local:delete': Outcome;
  'local:revert': Outcome;
  'local:rule-settings': Outcome;
  'pack:preview': Outcome<{ preview: PackPreview }>;
  'pack:import': Outcome<{ packId: string }>;
  'pack:export': Outcome<{ fileName: string; text: string }>;
  'pack:remove': Outcome;
  'pack:order': Outcome;
  'pack:enable': Outcome;
  'subscription:add': Outcome<{ packId: string }>;
  'subscription:refresh': Outcome<{ updated: boolean }>;
  'journal:record': { id: string };
  'journal:list': JournalEntry[];
  'journal:update': Outcome;
  'journal:delete': Outcome;
  'activity:summary': ActivityRow[];
  'backup:export': NamedFile;
  'report:file': NamedFile;
  'backup:import': Outcome<{ counts: Record<string, number> }>;
  'progress:record': { id: string };
  'progress:list': ProgressAttempt[];
  'progress:tour-seen': UiSettings;
}

/** What content scripts may ask for; everything else is for extension pages only. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'preset:get',
  'settings:get',
  'settings:set',
  'setup:open',
  'profile:allow-word',
  'journal:record',
  'checks:deep',
]);

export interface Envelope<K extends MessageType = MessageType> {
  saring: 1;
  type: K;
  payload: RequestOf<K>;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export { PRESET_REVISION_KEY } from './keys';

/**
 * The journal's own request types (lib/journal/types.ts) are what these schemas produce, exactly:
 * a field added to one side and not the other fails the typecheck here.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false : false) : false;
type Holds<T extends true> = T;
export type JournalRequestsMatch = [
  Holds<Same<RequestOf<'journal:record'>, PostRecord>>,
  Holds<Same<RequestOf<'journal:list'>, JournalQuery>>,
  Holds<Same<RequestOf<'journal:update'>, JournalChange>>,
  Holds<Same<RequestOf<'report:file'>, ReportQuery>>,
];
