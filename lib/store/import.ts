/**
 * Importing a pack file: a preview first (what will be added, changed, removed), then the change
 * in one transaction. A refused or failed import leaves every store exactly as it was.
 */
import type { Lang } from '../checks/types';
import { diffPack, exportPack, parsePack, type ExportResult, type ExportSelection, type Pack, type PackDiff, type PackMeta } from '../presets';
import { getEffectivePreset } from './effective';
import { storeMessages as m } from './messages';
import type { SaringDB } from './open';
import { refuse, type Outcome } from './result';
import { bumpRevision } from './revision';
import { inWriteTx } from './write';
import type { PackRecord } from './schema';

export interface ImportPreview {
  pack: Pack;
  /** The record the pack goes into: `file:<pack id>`; an earlier import of the same pack is replaced. */
  recordId: string;
  /** Null when this pack is new here. */
  installed: Pack | null;
  diff: PackDiff;
  fileName?: string;
  /** The replaced record's updatedAt when the preview was made; applying checks it is still so. */
  baseUpdatedAt: number | null;
}

export async function previewImport(
  db: SaringDB,
  input: string | unknown,
  lang: Lang,
  fileName?: string,
): Promise<Outcome<{ preview: ImportPreview }>> {
  const parsed = parsePack(input, lang);
  if (!parsed.ok) return parsed;
  const recordId = `file:${parsed.pack.id}`;
  const existing = await db.get('packs', recordId);
  const preview: ImportPreview = {
    pack: parsed.pack,
    recordId,
    installed: existing?.pack ?? null,
    diff: diffPack(existing?.pack ?? null, parsed.pack),
    baseUpdatedAt: existing?.updatedAt ?? null,
  };
  if (fileName !== undefined) preview.fileName = fileName;
  return { ok: true, preview };
}

export async function applyImport(db: SaringDB, preview: ImportPreview, lang: Lang, now: number): Promise<Outcome<{ record: PackRecord }>> {
  return inWriteTx(db, lang, async (tx) => {
    const packs = tx.objectStore('packs');
    const existing = await packs.get(preview.recordId);
    if ((existing?.updatedAt ?? null) !== preview.baseUpdatedAt) return refuse(lang, m.stale());
    const top = (await packs.index('order').openCursor(null, 'prev'))?.value.order;
    const source = preview.fileName === undefined ? { kind: 'file' as const } : { kind: 'file' as const, fileName: preview.fileName };
    const record: PackRecord = existing
      ? { ...existing, pack: preview.pack, source, updatedAt: now }
      : { id: preview.recordId, pack: preview.pack, source, enabled: true, order: top === undefined ? 0 : top + 1, installedAt: now, updatedAt: now };
    await packs.put(record);
    await bumpRevision(tx);
    return { ok: true, record };
  });
}

/** Preview and apply at once, for callers that need no confirmation step (tests, the bench). */
export async function importPack(db: SaringDB, input: string | unknown, lang: Lang, now: number, fileName?: string): Promise<Outcome<{ record: PackRecord; diff: PackDiff }>> {
  const previewed = await previewImport(db, input, lang, fileName);
  if (!previewed.ok) return previewed;
  const applied = await applyImport(db, previewed.preview, lang, now);
  return applied.ok ? { ok: true, record: applied.record, diff: previewed.preview.diff } : applied;
}

/** Exports any selection of what the admin currently sees (packs and local items merged). */
export async function exportSelection(db: SaringDB, selection: ExportSelection, meta: PackMeta, lang: Lang, today: string): Promise<ExportResult> {
  const preset = await getEffectivePreset(db, today);
  return exportPack(preset, selection, meta, lang);
}
