/**
 * The admin's own profiles, templates, glossary entries and rule settings. Each write checks the
 * locks of the enabled packs first: a change under a locked path is refused, naming who locked it.
 */
import type { Lang } from '../checks/types';
import {
  combineRuleSettings,
  lockConflicts,
  parsePack,
  PACK_FORMAT,
  PACK_VERSION,
  type ItemOf,
  type LocalKind,
  type LocalOverrides,
  type PartialRuleSettings,
} from '../presets';
import { getEffectivePreset, readLayers } from './effective';
import { storeMessages as m } from './messages';
import type { SaringDB } from './open';
import { refuse, type Outcome, type Refusal } from './result';
import { bumpRevision } from './revision';
import { inWriteTx } from './write';
import type { OverrideRecord } from './schema';

export interface WriteContext {
  lang: Lang;
  /** Epoch ms, stored as updatedAt. */
  now: number;
  /** YYYY-MM-DD, for which pack items have expired. */
  today: string;
}

type Change = { put?: OverrideRecord; remove?: string };

/**
 * Checks a local item the same way a pack's item is checked (one-letter variants and all) and
 * returns it as parsing leaves it, with omitted lists filled in, so checks never meet a gap.
 */
function validateItem<K extends LocalKind>(kind: K, item: ItemOf[K], ctx: WriteContext): { ok: true; item: ItemOf[K] } | Refusal {
  const pack = { format: PACK_FORMAT, version: PACK_VERSION, id: 'local', name: 'local', publisher: { name: 'local' }, updated: ctx.today, [kind]: [item] };
  const parsed = parsePack(pack, ctx.lang);
  if (!parsed.ok) return parsed;
  return { ok: true, item: (parsed.pack[kind] as ItemOf[K][])[0]! };
}

function withItem<K extends LocalKind>(local: LocalOverrides, kind: K, id: string, item: ItemOf[K] | null | undefined): LocalOverrides {
  const next: LocalOverrides = structuredClone(local);
  const items = ((local[kind] ?? []) as ItemOf[K][]).filter((old) => old.id !== id);
  const hidden = (local.hidden?.[kind] ?? []).filter((old) => old !== id);
  if (item === null) hidden.push(id);
  else if (item) items.push(item);
  next[kind] = items as LocalOverrides[K];
  next.hidden = { ...local.hidden, [kind]: hidden };
  return next;
}

function applyChange(local: LocalOverrides, change: Change): LocalOverrides {
  const record = change.put;
  if (record?.kind === 'ruleSettings') return { ...local, ruleSettings: record.settings };
  if (record) return withItem(local, record.kind, record.id, record.item);
  if (change.remove === 'ruleSettings') return { ...local, ruleSettings: undefined };
  const [kind, id] = (change.remove ?? '').split('/');
  return kind && id ? withItem(local, kind as LocalKind, id, undefined) : local;
}

async function writeChecked(db: SaringDB, change: Change | ((local: LocalOverrides, packIds: Set<string>) => Change), ctx: WriteContext): Promise<Outcome> {
  return inWriteTx(db, ctx.lang, async (tx) => {
    const { packs, local } = await readLayers(tx);
    const packItems = new Set(packs.flatMap((pack) => (['profiles', 'glossary', 'templates', 'claims'] as const).flatMap((kind) => (pack[kind] ?? []).map((item) => `${kind}/${item.id}`))));
    const resolved = typeof change === 'function' ? change(local, packItems) : change;
    const conflicts = lockConflicts(packs, local, applyChange(local, resolved), ctx.today);
    if (conflicts.length) {
      return { ok: false, errors: conflicts.map(({ path, owner }) => ({ path, message: m.locked(path, owner)[ctx.lang] })) };
    }
    if (resolved.remove) await tx.objectStore('overrides').delete(resolved.remove);
    if (resolved.put) await tx.objectStore('overrides').put(resolved.put);
    await bumpRevision(tx);
    return { ok: true };
  });
}

/** Adds a local item, or replaces a pack's item with the admin's version (same id). */
export async function saveLocalItem<K extends LocalKind>(db: SaringDB, kind: K, item: ItemOf[K], ctx: WriteContext): Promise<Outcome> {
  const checked = validateItem(kind, item, ctx);
  if (!checked.ok) return checked;
  const record = { key: `${kind}/${item.id}`, kind, id: item.id, item: checked.item, updatedAt: ctx.now } as OverrideRecord;
  return writeChecked(db, { put: record }, ctx);
}

/** Deletes the admin's item; a pack's item with that id is hidden instead, so it stays off. */
export async function removeItem(db: SaringDB, kind: LocalKind, id: string, ctx: WriteContext): Promise<Outcome> {
  const key = `${kind}/${id}`;
  return writeChecked(db, (_local, packItems) =>
    packItems.has(key)
      ? { put: { key, kind, id, item: null, updatedAt: ctx.now } as OverrideRecord }
      : { remove: key },
  ctx);
}

/** Drops the admin's version or hiding of an item, so the pack's version shows again. */
export async function revertItem(db: SaringDB, kind: LocalKind, id: string, ctx: WriteContext): Promise<Outcome> {
  return writeChecked(db, { remove: `${kind}/${id}` }, ctx);
}

/** Replaces the admin's rule settings (what differs from the packs) as a whole. */
export async function setLocalRuleSettings(db: SaringDB, settings: PartialRuleSettings, ctx: WriteContext): Promise<Outcome> {
  return writeChecked(db, { put: { key: 'ruleSettings', kind: 'ruleSettings', settings, updatedAt: ctx.now } }, ctx);
}

/** Lays a change (one rule, one platform's limits…) over the admin's current rule settings. */
export async function updateLocalRuleSettings(db: SaringDB, patch: PartialRuleSettings, ctx: WriteContext): Promise<Outcome> {
  return writeChecked(db, (local) => {
    const settings = combineRuleSettings(local.ruleSettings, patch);
    return { put: { key: 'ruleSettings', kind: 'ruleSettings', settings, updatedAt: ctx.now } };
  }, ctx);
}

/** "Add to allowed words" from a panel finding: appends to the profile as the admin sees it. */
export async function addAllowedWord(db: SaringDB, profileId: string, word: string, ctx: WriteContext): Promise<Outcome> {
  const preset = await getEffectivePreset(db, ctx.today);
  const profile = preset.profiles.find((p) => p.id === profileId);
  if (!profile) return refuse(ctx.lang, m.profileNotFound(profileId));
  if (profile.allowedWords.includes(word)) return { ok: true };
  return saveLocalItem(db, 'profiles', { ...profile, allowedWords: [...profile.allowedWords, word] }, ctx);
}

/**
 * Checks a backup's local part (profiles, glossary, templates, hidden ids, rule settings) the way a
 * pack is checked, so a restore can refuse a bad file before anything is written.
 */
export function validateLocalOverrides(
  data: unknown,
  lang: Lang,
  today: string,
): { ok: true; local: LocalOverrides } | Refusal {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [{ path: 'local', message: lang === 'en' ? 'local: must be an object.' : 'local: harus berupa objek.' }] };
  }
  const { profiles, glossary, templates, claims, ruleSettings, hidden, ...rest } = data as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length) {
    const path = `local.${unknown[0]}`;
    return { ok: false, errors: [{ path, message: lang === 'en' ? `${path}: unknown field.` : `${path}: kolom tidak dikenal.` }] };
  }
  const pack: Record<string, unknown> = { format: PACK_FORMAT, version: PACK_VERSION, id: 'local', name: 'local', publisher: { name: 'local' }, updated: today };
  for (const [key, value] of Object.entries({ profiles, glossary, templates, claims, ruleSettings })) if (value !== undefined) pack[key] = value;
  const parsed = parsePack(pack, lang);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => ({ ...e, path: `local.${e.path}`, message: `local.${e.message}` })) };
  const hiddenIds: Partial<Record<LocalKind, string[]>> = {};
  if (hidden !== undefined) {
    const entries = typeof hidden === 'object' && hidden !== null && !Array.isArray(hidden) ? Object.entries(hidden) : null;
    const valid =
      entries?.every(([kind, ids]) => ['profiles', 'glossary', 'templates', 'claims'].includes(kind) && Array.isArray(ids) && ids.every((id) => typeof id === 'string' && id.length <= 200)) ?? false;
    if (!valid) {
      return { ok: false, errors: [{ path: 'local.hidden', message: lang === 'en' ? 'local.hidden: lists of item ids per kind.' : 'local.hidden: daftar id butir per jenis.' }] };
    }
    for (const [kind, ids] of entries ?? []) hiddenIds[kind as LocalKind] = ids as string[];
  }
  const { pack: checked } = parsed;
  return {
    ok: true,
    local: {
      profiles: checked.profiles ?? [],
      glossary: checked.glossary ?? [],
      templates: checked.templates ?? [],
      claims: checked.claims ?? [],
      hidden: hiddenIds,
      ruleSettings: checked.ruleSettings,
    },
  };
}

/**
 * Replaces all of the admin's own items and rule settings in one transaction (restoring a backup).
 * Locks are not checked here: they win at merge time whatever the overrides say.
 */
export async function replaceLocalOverrides(db: SaringDB, local: LocalOverrides, ctx: WriteContext): Promise<Outcome> {
  return inWriteTx(db, ctx.lang, async (tx) => {
    const store = tx.objectStore('overrides');
    await store.clear();
    for (const kind of ['profiles', 'glossary', 'templates', 'claims'] as const) {
      for (const item of local[kind] ?? []) {
        await store.put({ key: `${kind}/${item.id}`, kind, id: item.id, item, updatedAt: ctx.now } as OverrideRecord);
      }
      for (const id of local.hidden?.[kind] ?? []) {
        await store.put({ key: `${kind}/${id}`, kind, id, item: null, updatedAt: ctx.now } as OverrideRecord);
      }
    }
    if (local.ruleSettings) await store.put({ key: 'ruleSettings', kind: 'ruleSettings', settings: local.ruleSettings, updatedAt: ctx.now });
    await bumpRevision(tx);
    return { ok: true };
  });
}
