import { describe, expect, it } from 'vitest';
import { samplePack } from '../presets/fixtures/sample-pack';
import { dumpStore } from './dump';
import { getEffectivePreset, getRevision } from './effective';
import { importPack } from './import';
import { ensureDefaultPack, listPacks, removePack, setPackEnabled, setPackOrder } from './packs';
import { getSettings, setSettings } from './settings';
import { freshDb, NOW, TODAY } from './testing';

const builtin = () => ({ ...samplePack(), id: 'saring-default', name: 'Bawaan Saring', locked: [] });

describe('packs', () => {
  it('installs the default pack once: running it again on every start writes nothing', async () => {
    const { db } = await freshDb();
    expect(await ensureDefaultPack(db, JSON.stringify(builtin()), NOW)).toEqual({ ok: true, installed: 'new' });
    const after = await dumpStore(db);
    expect(await ensureDefaultPack(db, JSON.stringify(builtin()), NOW + 1)).toEqual({ ok: true, installed: 'unchanged' });
    expect(await dumpStore(db)).toBe(after);
    // Two pages starting at once must not install it twice.
    await Promise.all([ensureDefaultPack(db, builtin(), NOW + 2), ensureDefaultPack(db, builtin(), NOW + 2)]);
    expect((await listPacks(db)).map((r) => r.id)).toEqual(['builtin:saring-default']);
  });

  it('replaces the default pack when an update ships a new one, keeping its place and switch', async () => {
    const { db } = await freshDb();
    await ensureDefaultPack(db, builtin(), NOW);
    await setPackEnabled(db, 'builtin:saring-default', false);
    const result = await ensureDefaultPack(db, { ...builtin(), updated: '2026-03-01' }, NOW + 1);
    expect(result).toEqual({ ok: true, installed: 'updated' });
    const [record] = await listPacks(db);
    expect(record).toMatchObject({ enabled: false, order: 0, pack: { updated: '2026-03-01' } });
  });

  it('keeps the merge order visible and changeable: later packs win', async () => {
    const { db } = await freshDb();
    await ensureDefaultPack(db, builtin(), NOW);
    await importPack(db, { ...samplePack(), id: 'a', glossary: [{ id: 'walikota', preferred: 'wali kota', variants: ['walkot'] }] }, 'en', NOW);
    await importPack(db, { ...samplePack(), id: 'b', glossary: [{ id: 'walikota', preferred: 'wali kota', variants: ['wakot'] }] }, 'en', NOW);
    expect((await listPacks(db)).map((r) => r.id)).toEqual(['builtin:saring-default', 'file:a', 'file:b']);
    expect((await getEffectivePreset(db, TODAY)).glossary.find((g) => g.id === 'walikota')?.variants).toEqual(['wakot']);

    const revision = await getRevision(db);
    await setPackOrder(db, ['builtin:saring-default', 'file:b', 'file:a']);
    expect(await getRevision(db)).toBeGreaterThan(revision);
    expect((await getEffectivePreset(db, TODAY)).order.map((p) => p.id)).toEqual(['saring-default', 'b', 'a']);
    expect((await getEffectivePreset(db, TODAY)).glossary.find((g) => g.id === 'walikota')?.variants).toEqual(['walkot']);

    await setPackEnabled(db, 'file:a', false);
    expect((await getEffectivePreset(db, TODAY)).glossary.find((g) => g.id === 'walikota')?.variants).toEqual(['wakot']);
  });

  it('removes imported packs but only switches off the built-in one', async () => {
    const { db } = await freshDb();
    await ensureDefaultPack(db, builtin(), NOW);
    await importPack(db, samplePack(), 'en', NOW);
    expect((await removePack(db, 'file:diskominfo-contoh')).ok).toBe(true);
    const refused = await removePack(db, 'builtin:saring-default', 'id');
    expect(refused).toEqual({ ok: false, errors: [{ path: '', message: 'Paket bawaan tidak bisa dihapus; matikan saja jika tidak dipakai.' }] });
    expect((await listPacks(db)).map((r) => r.id)).toEqual(['builtin:saring-default']);
  });

  it('stores UI settings per key with defaults for what was never set', async () => {
    const { db } = await freshDb();
    expect((await getSettings(db)).lang).toBe('auto');
    const saved = await setSettings(db, { activeProfiles: { tiktok: 'pemkab-contoh' } });
    expect(saved).toMatchObject({ lang: 'auto', activeProfiles: { tiktok: 'pemkab-contoh' }, panel: { side: 'right' } });
  });
});
