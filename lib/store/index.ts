/**
 * The store: packs, the admin's overrides, settings, and (later) journal and practice progress in
 * IndexedDB. Background and extension pages only, never content scripts (there `indexedDB` is the
 * host site's). Every write returns `{ ok: true, … } | { ok: false, errors: [{ path, message }] }`
 * with messages in the `lang` passed, and bumps a revision (getRevision) when the effective preset
 * may have changed, so the background can tell open panels to reload.
 *
 *   openStore({ indexedDB?, name? }) → SaringDB                  creates / migrates (v1 → v2)
 *   ensureDefaultPack(db, text | pack, now, lang?)               first run + extension updates; idempotent
 *       (the background passes the text of browser.runtime.getURL('/packs/default.json'))
 *   getEffectivePreset(db, today) → EffectivePreset              merged packs + overrides + locks
 *   todayAt(db, nowMs) → YYYY-MM-DD                              today in the admin's zone (pack expiry)
 *   listPacks(db) → PackRecord[]  (merge order, lowest first)    setPackOrder(db, ids), setPackEnabled(db, id, on), removePack(db, id)
 *   previewImport(db, text, lang, fileName?) → { preview: { pack, diff, installed, … } }
 *   applyImport(db, preview, lang, now)                          one transaction; refuses if the pack changed since the preview
 *   importPack(db, text, lang, now)                              both at once
 *   exportSelection(db, selection, meta, lang, today) → { pack, text }
 *   saveLocalItem(db, kind, item, ctx), removeItem(db, kind, id, ctx), revertItem(db, kind, id, ctx)
 *   setLocalRuleSettings(db, partial, ctx), updateLocalRuleSettings(db, patch, ctx), addAllowedWord(db, profileId, word, ctx)
 *       ctx = { lang, now, today }; a change under a locked path is refused, naming the pack that locked it
 *   getLocalOverrides(db), getSettings(db), setSettings(db, patch), getRevision(db)
 *   subscribe(db, url, { fetch, now, lang?, timeoutMs?, refreshHours? })   fetches first; stores only a valid pack
 *   refreshSubscription(db, id, { fetch, now, lang?, timeoutMs? }) → { ok, changed } | { ok: false, error }
 *       any failure (down, slow, other-origin redirect, invalid, too large) keeps the last good pack
 *       and records source.lastError / lastAttempt; success sets lastFetched
 *   subscriptionsDue(records, now) → ids, nextRefreshAt(records) → ms | null   (pure, for alarms)
 *   isSubscriptionUrl(url), permissionPattern(url)               for the optional host permission request
 *   dumpStore(db) → string                                       every record, for tests and support
 */
export { openStore, type SaringDB, type OpenOptions } from './open';
export { ensureDefaultPack, listPacks, getPack, setPackOrder, setPackEnabled, removePack } from './packs';
export { getEffectivePreset, getLocalOverrides, getRevision, todayAt } from './effective';
export { previewImport, applyImport, importPack, exportSelection, type ImportPreview } from './import';
export {
  saveLocalItem,
  removeItem,
  revertItem,
  setLocalRuleSettings,
  updateLocalRuleSettings,
  addAllowedWord,
  validateLocalOverrides,
  replaceLocalOverrides,
  type WriteContext,
} from './overrides';
export { getSettings, setSettings, DEFAULT_STORED_SETTINGS } from './settings';
export {
  subscribe,
  refreshSubscription,
  setRefreshHours,
  subscriptionsDue,
  nextRefreshAt,
  type FetchContext,
  type RefreshResult,
} from './subscriptions';
export { isSubscriptionUrl, permissionPattern, DEFAULT_TIMEOUT_MS, type FetchLike } from './fetch-pack';
export { dumpStore } from './dump';
export type { Outcome, Refusal } from './result';
export {
  DB_NAME,
  DB_VERSION,
  type PackRecord,
  type PackSource,
  type SubscriptionState,
  type SubscriptionError,
  type StoredSettings,
  type JournalRecord,
  type ProgressRecord,
} from './schema';
