import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOSTILE_PACKS } from '../presets/fixtures/hostile-packs';
import { namesField } from '../presets/fixtures/names-field';
import { samplePack, withAt } from '../presets/fixtures/sample-pack';
import { dumpStore } from './dump';
import { getEffectivePreset, getRevision } from './effective';
import { applyImport, exportSelection, importPack, previewImport } from './import';
import { saveLocalItem } from './overrides';
import { ensureDefaultPack, listPacks } from './packs';
import { freshDb, NOW, TODAY } from './testing';

const ctx = { lang: 'en' as const, now: NOW, today: TODAY };

async function seeded() {
  const { db } = await freshDb();
  await ensureDefaultPack(db, { ...samplePack(), id: 'bawaan', name: 'Bawaan', locked: [] }, NOW);
  await importPack(db, JSON.stringify(samplePack()), 'en', NOW);
  await saveLocalItem(db, 'glossary', { id: 'lokal', preferred: 'kelurahan', variants: ['kelurahaan'] }, ctx);
  return db;
}

afterEach(() => vi.restoreAllMocks());

describe('importing a pack file', () => {
  it('refuses every hostile file with a message naming the field and leaves the database byte for byte unchanged', async () => {
    const db = await seeded();
    const before = await dumpStore(db);
    for (const hostile of HOSTILE_PACKS) {
      const result = await importPack(db, hostile.make(), 'id', NOW + 1);
      if (result.ok) throw new Error(`imported: ${hostile.name}`);
      expect(namesField(result.errors, hostile.path), hostile.name).toBe(true);
    }
    expect(await dumpStore(db)).toBe(before);
  });

  it('previews what will be added, changed and removed before anything is written', async () => {
    const db = await seeded();
    const next = samplePack();
    next.glossary = [{ ...next.glossary![0]!, variants: ['Pemkab Cntoh'] }, { id: 'baru', preferred: 'izin', variants: ['ijin'] }];
    const before = await dumpStore(db);
    const previewed = await previewImport(db, JSON.stringify(next), 'en', 'paket.json');
    if (!previewed.ok) throw new Error('preview refused');
    expect(await dumpStore(db)).toBe(before);
    const { diff } = previewed.preview;
    expect(diff.added.map((c) => c.id)).toEqual(['baru']);
    expect(diff.changed).toEqual([{ kind: 'glossary', id: 'pemkab', label: 'Pemerintah Kabupaten Contoh', fields: ['variants'] }]);
    expect(diff.removed.map((c) => c.id)).toEqual(['walikota']);

    const revision = await getRevision(db);
    const applied = await applyImport(db, previewed.preview, 'en', NOW + 5);
    expect(applied.ok).toBe(true);
    expect(await getRevision(db)).toBe(revision + 1);
    const preset = await getEffectivePreset(db, TODAY);
    expect(preset.glossary.find((g) => g.id === 'baru')?.variants).toEqual(['ijin']);
    expect((await listPacks(db)).find((r) => r.id === 'file:diskominfo-contoh')?.source).toEqual({ kind: 'file', fileName: 'paket.json' });
  });

  it('refuses a preview that went stale because the pack changed meanwhile', async () => {
    const db = await seeded();
    const first = await previewImport(db, JSON.stringify(withAt(samplePack(), 'name', 'Versi A')), 'en');
    const second = await previewImport(db, JSON.stringify(withAt(samplePack(), 'name', 'Versi B')), 'en');
    if (!first.ok || !second.ok) throw new Error('preview refused');
    expect((await applyImport(db, second.preview, 'en', NOW + 1)).ok).toBe(true);
    const after = await dumpStore(db);
    const stale = await applyImport(db, first.preview, 'en', NOW + 2);
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.errors[0]!.message).toMatch(/changed after the preview/);
    expect(await dumpStore(db)).toBe(after);
  });

  it('rolls back the whole import when the storage fails half-way', async () => {
    const db = await seeded();
    const before = await dumpStore(db);
    // Let the pack record be written, then make the revision write fail inside the same transaction.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'meta') throw new DOMException('disk full', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    const result = await importPack(db, JSON.stringify({ ...samplePack(), id: 'lain' }), 'en', NOW + 1);
    vi.restoreAllMocks();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/nothing was changed.*disk full/);
    expect(await dumpStore(db)).toBe(before);
  });

  it('gives back the same data when an export is imported into another browser', async () => {
    const db = await seeded();
    const preset = await getEffectivePreset(db, TODAY);
    const selection = {
      profiles: preset.profiles.map((p) => p.id),
      glossary: preset.glossary.map((g) => g.id),
      templates: preset.templates.map((t) => t.id),
      exercises: preset.exercises.map((e) => e.id),
      ruleSettings: { limits: { instagram: { hashtags: 3 } } },
      locked: ['glossary/lokal'],
    };
    const meta = { id: 'ekspor', name: 'Ekspor Humas', publisher: { name: 'Humas Kecamatan' }, updated: TODAY };
    const exported = await exportSelection(db, selection, meta, 'en', TODAY);
    if (!exported.ok) throw new Error(JSON.stringify(exported.errors));
    const { db: other } = await freshDb();
    const imported = await importPack(other, exported.text, 'en', NOW);
    expect(imported.ok).toBe(true);
    const copy = await getEffectivePreset(other, TODAY);
    expect(copy.profiles).toEqual(preset.profiles);
    expect(copy.glossary).toEqual(preset.glossary);
    expect(copy.templates).toEqual(preset.templates);
    expect(copy.exercises).toEqual(preset.exercises);
    expect(copy.ruleSettings.limits.instagram.hashtags).toBe(3);
    expect(copy.lockedBy['glossary/lokal']).toBe('Ekspor Humas (Humas Kecamatan)');
    // And exporting the same selection again from the copy writes the same file.
    const again = await exportSelection(other, selection, meta, 'en', TODAY);
    if (!again.ok) throw new Error('second export refused');
    expect(again.text).toBe(exported.text);
  });

  it('keeps HTML and script from a pack as plain text in the effective preset', async () => {
    const { db } = await freshDb();
    const pack = withAt(samplePack(), 'profiles.0.tagline', '<img src=x onerror=alert(1)>');
    expect((await importPack(db, JSON.stringify(pack), 'en', NOW)).ok).toBe(true);
    expect((await getEffectivePreset(db, TODAY)).profiles[0]!.tagline).toBe('<img src=x onerror=alert(1)>');
  });
});
