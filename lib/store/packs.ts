/** Installed packs: the built-in default, imported files and subscriptions, in merge order. */
import type { Lang } from '../checks/types';
import { formatPack, parsePack, type Pack } from '../presets';
import { storeMessages as m } from './messages';
import type { SaringDB } from './open';
import { refuse, type Outcome } from './result';
import { bumpRevision } from './revision';
import { inWriteTx } from './write';
import type { PackRecord } from './schema';

export async function listPacks(db: SaringDB): Promise<PackRecord[]> {
  return db.getAllFromIndex('packs', 'order');
}

export async function getPack(db: SaringDB, id: string): Promise<PackRecord | undefined> {
  return db.get('packs', id);
}

/**
 * Installs the pack shipped in public/packs/default.json on first run, and replaces it when an
 * extension update ships a different one. Safe to call on every start: an unchanged pack writes
 * nothing. `source` is the file's text (or the parsed pack).
 */
export async function ensureDefaultPack(
  db: SaringDB,
  source: string | Pack,
  now: number,
  lang: Lang = 'en',
): Promise<Outcome<{ installed: 'new' | 'updated' | 'unchanged' }>> {
  const parsed = parsePack(source, lang);
  if (!parsed.ok) return parsed;
  const id = `builtin:${parsed.pack.id}`;
  const pack = parsed.pack;
  return inWriteTx<{ installed: 'new' | 'updated' | 'unchanged' }>(db, lang, async (tx) => {
    const existing = await tx.objectStore('packs').get(id);
    if (existing && formatPack(existing.pack) === formatPack(pack)) return { ok: true, installed: 'unchanged' as const };
    const lowest = (await tx.objectStore('packs').index('order').openCursor())?.value.order;
    const record: PackRecord = existing
      ? { ...existing, pack, updatedAt: now }
      : { id, pack, source: { kind: 'builtin' }, enabled: true, order: lowest === undefined ? 0 : lowest - 1, installedAt: now, updatedAt: now };
    await tx.objectStore('packs').put(record);
    await bumpRevision(tx);
    return { ok: true, installed: existing ? ('updated' as const) : ('new' as const) };
  });
}

/** Puts the listed packs first-to-last in this order (last wins); unlisted ones keep theirs after. */
export async function setPackOrder(db: SaringDB, ids: readonly string[], lang: Lang = 'en'): Promise<Outcome> {
  return inWriteTx(db, lang, async (tx) => {
    const records = await tx.objectStore('packs').index('order').getAll();
    const listed = ids.map((id) => records.find((record) => record.id === id)).filter((r): r is PackRecord => !!r);
    const rest = records.filter((record) => !ids.includes(record.id));
    const ordered = [...listed, ...rest];
    for (const [order, record] of ordered.entries()) {
      if (record.order !== order) await tx.objectStore('packs').put({ ...record, order });
    }
    await bumpRevision(tx);
    return { ok: true };
  });
}

export async function setPackEnabled(db: SaringDB, id: string, enabled: boolean, lang: Lang = 'en'): Promise<Outcome> {
  return updatePack(db, id, lang, (record) => ({ ...record, enabled }));
}

/** Removes an imported or subscribed pack (unsubscribing); the admin's local overrides stay. */
export async function removePack(db: SaringDB, id: string, lang: Lang = 'en'): Promise<Outcome> {
  return inWriteTx(db, lang, async (tx) => {
    const record = await tx.objectStore('packs').get(id);
    if (!record) return refuse(lang, m.notFound(id));
    if (record.source.kind === 'builtin') return refuse(lang, m.builtinStays());
    await tx.objectStore('packs').delete(id);
    await bumpRevision(tx);
    return { ok: true };
  });
}

export async function updatePack(
  db: SaringDB,
  id: string,
  lang: Lang,
  change: (record: PackRecord) => PackRecord,
): Promise<Outcome> {
  return inWriteTx(db, lang, async (tx) => {
    const record = await tx.objectStore('packs').get(id);
    if (!record) return refuse(lang, m.notFound(id));
    await tx.objectStore('packs').put(change(record));
    await bumpRevision(tx);
    return { ok: true };
  });
}
