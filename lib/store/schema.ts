/**
 * The IndexedDB layout (version 2) and its record types. Version history, so migrations can be
 * read next to it:
 *   v1  packs {id, pack, source: 'builtin'|'file'|'subscription', url?, enabled, order, installedAt}
 *       local (out-of-line keys): 'overrides' → one LocalOverrides object, 'settings' → one object
 *   v2  packs with a structured source (subscription state lives on the pack it fetched) and an
 *       `order` index; overrides one record per item so a write touches one item; settings one
 *       record per key; meta (revision); journal and progress for later features.
 */
import type { DBSchema } from 'idb';
import type { Claim, GlossaryEntry, Lang, Platform, Profile } from '../checks/types';
import type { Bilingual, LocalKind, Pack, PartialRuleSettings } from '../presets';
import type { Template } from '../templates/types';

export const DB_NAME = 'saring';
export const DB_VERSION = 2;

export type SubscriptionErrorCode = 'network' | 'timeout' | 'http' | 'redirect' | 'too-large' | 'invalid';

export interface SubscriptionError {
  code: SubscriptionErrorCode;
  /** Ready to show, in both UI languages (refreshes run in the background, without a UI language). */
  message: Bilingual;
  at: number;
}

export interface SubscriptionState {
  kind: 'subscription';
  url: string;
  refreshHours: number;
  /** Epoch ms of the last fetch that brought a valid pack (or "not modified"). */
  lastFetched: number | null;
  /** Epoch ms of the last try, successful or not. */
  lastAttempt: number | null;
  lastError: SubscriptionError | null;
  etag?: string;
}

export type PackSource = { kind: 'builtin' } | { kind: 'file'; fileName?: string } | SubscriptionState;

export interface PackRecord {
  /** `builtin:<packId>`, `file:<packId>` or `sub:<url>`: one record per place a pack came from. */
  id: string;
  pack: Pack;
  source: PackSource;
  enabled: boolean;
  /** Merge position: lower numbers first, higher ones win. */
  order: number;
  installedAt: number;
  updatedAt: number;
}

type ItemOfKind = { profiles: Profile; glossary: GlossaryEntry; templates: Template; claims: Claim };

export type ItemOverrideRecord = {
  [K in LocalKind]: {
    /** `<kind>/<id>`, the item's lock path. */
    key: string;
    kind: K;
    id: string;
    /** The admin's version of the item, or null when they hid the pack's item. */
    item: ItemOfKind[K] | null;
    updatedAt: number;
  };
}[LocalKind];

export interface RuleSettingsOverrideRecord {
  key: 'ruleSettings';
  kind: 'ruleSettings';
  settings: PartialRuleSettings;
  updatedAt: number;
}

export type OverrideRecord = ItemOverrideRecord | RuleSettingsOverrideRecord;

export interface PanelSettings {
  collapsed: boolean;
  side: 'left' | 'right';
  offsetY: number;
}

/** UI settings, one record per key. */
export interface StoredSettings {
  lang: Lang | 'auto';
  activeProfiles: Partial<Record<Platform, string>>;
  panel: PanelSettings;
}

export type SettingsRecord = { [K in keyof StoredSettings]: { key: K; value: StoredSettings[K] } }[keyof StoredSettings];

/**
 * A posted caption (owned by the journal feature, lib/store/journal-repo.ts). Entries bring their own
 * string id; the store's auto-increment only fills in a missing key, which theirs never is.
 */
export interface JournalRecord {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  profileId: string;
  platform: Platform;
  [field: string]: unknown;
}

/** A practice-mode attempt (owned by the practice feature, lib/store/progress-repo.ts); keys are auto-increment numbers. */
export interface ProgressRecord {
  id?: number;
  exerciseId: string;
  date: string;
  profileId: string;
  [field: string]: unknown;
}

export interface MetaRecord {
  key: 'revision';
  value: number;
}

export interface SaringSchema extends DBSchema {
  packs: { key: string; value: PackRecord; indexes: { order: number } };
  overrides: { key: string; value: OverrideRecord; indexes: { kind: string } };
  settings: { key: string; value: SettingsRecord };
  meta: { key: string; value: MetaRecord };
  journal: { key: string; value: JournalRecord; indexes: { date: string; profileId: string; profileDate: [string, string] } };
  progress: { key: number; value: ProgressRecord; indexes: { date: string; profileId: string; exerciseId: string } };
}

export const STORE_NAMES = ['packs', 'overrides', 'settings', 'meta', 'journal', 'progress'] as const;
