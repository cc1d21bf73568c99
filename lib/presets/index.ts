/**
 * Preset packs: the file format teams share, and the pure logic around it. No DOM, no browser.*,
 * no IndexedDB (lib/store keeps packs; this layer only reads, merges and writes them).
 *
 * API for the options page, the store and the practice page:
 *   parsePack(text | data, lang, {validateTemplate?}) → { ok: true, pack } | { ok: false, errors: {path, message}[] }
 *       Untrusted input: size (MAX_PACK_BYTES) and nesting (MAX_DEPTH) capped before JSON.parse,
 *       `__proto__`/`constructor`/`prototype` keys refused, messages in `lang` name the field.
 *   formatPack(pack) → string                 canonical file text; parse → format is byte-stable
 *   mergePacks(packs lowest-priority-first, localOverrides, today, defaults?) → EffectivePreset
 *       { profiles, glossary, templates, exercises, ruleSettings, locks, lockedBy, sources, order }
 *   lockConflicts(packs, localBefore, localAfter, today) → LockConflict[]   (empty = write allowed)
 *   lockAt(locks, path) → LockOwner | undefined   who locked a path, for "locked by …" in the UI
 *   diffPack(installed | null, incoming) → PackDiff   import preview: added / changed / removed
 *   exportPack(source, selection, meta, lang) → { ok, pack, text } | { ok: false, errors }
 *   isExpired(expires, today), todayOf(nowMs, zone), zoneOfLayers(packs, local): expiry in the admin's WIB/WITA/WIT
 * The built-in pack's sources: ./default-pack (buildDefaultPack(); `npm run gen:pack` writes
 * public/packs/default.json and public/pack.schema.json; rerun it when templates or defaults change).
 * Lock path syntax is documented in ./locks.ts (e.g. `profiles/<id>/hashtags/required`,
 * `glossary/<id>`, `ruleSettings/rules/<ruleId>`, `ruleSettings/limits/instagram`, `glossary/*`).
 */
export { parsePack, MAX_PACK_BYTES, MAX_DEPTH, type ParseOptions } from './parse';
export { formatPack } from './format';
export {
  mergePacks,
  lockConflicts,
  lockAt,
  LOCAL_KINDS,
  type EffectivePreset,
  type LocalOverrides,
  type LocalKind,
  type LockOwner,
  type LockConflict,
} from './merge';
export { diffPack, itemLabel, type PackDiff, type ItemChange } from './diff';
export { exportPack, type ExportSelection, type ExportSource, type ExportResult, type PackMeta } from './export';
export { lockPathProblem } from './locks';
export { isExpired, isRealDate, todayOf, zoneOfLayers } from './dates';
export { applyRuleSettings, combineRuleSettings } from './rule-settings';
export { floorPackSettings, isSafetyRule, safetyRuleIds, SAFETY_CATEGORIES, SAFETY_FLOOR, type PackSafetyChange, type SafetyChange, type SafetyChangeKind } from './safety';
export { packSchema } from './schema';
export { packMessages, type Bilingual } from './messages';
export {
  PACK_FORMAT,
  PACK_VERSION,
  ITEM_KINDS,
  EXERCISE_LEVELS,
  type Pack,
  type Exercise,
  type ExerciseLevel,
  type ItemKind,
  type ItemOf,
  type PackError,
  type ParseResult,
  type PartialRuleSettings,
  type Publisher,
} from './types';
