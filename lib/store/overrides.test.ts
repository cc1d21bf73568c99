import { describe, expect, it } from 'vitest';
import { samplePack } from '../presets/fixtures/sample-pack';
import { dumpStore } from './dump';
import { getEffectivePreset, getLocalOverrides } from './effective';
import { importPack } from './import';
import { addAllowedWord, removeItem, revertItem, saveLocalItem, updateLocalRuleSettings } from './overrides';
import { freshDb, NOW, TODAY } from './testing';

const en = { lang: 'en' as const, now: NOW, today: TODAY };
const id = { lang: 'id' as const, now: NOW, today: TODAY };

async function withTeamPack() {
  const { db } = await freshDb();
  const pack = { ...samplePack(), locked: [...samplePack().locked!, 'ruleSettings/limits/instagram'] };
  await importPack(db, pack, 'en', NOW);
  return db;
}

describe('local overrides and locks', () => {
  it('refuses a write to a locked path, naming who locked it, and changes nothing', async () => {
    const db = await withTeamPack();
    const profile = (await getEffectivePreset(db, TODAY)).profiles[0]!;
    const before = await dumpStore(db);
    const result = await saveLocalItem(db, 'profiles', { ...profile, hashtags: { ...profile.hashtags, required: ['Bebas'] } }, en);
    expect(result).toEqual({
      ok: false,
      errors: [{
        path: 'profiles/pemkab-contoh/hashtags/required',
        message: '"profiles/pemkab-contoh/hashtags/required" is locked by the pack "Paket Diskominfo Kabupaten Contoh" (Diskominfo Kabupaten Contoh) and cannot be changed here.',
      }],
    });
    const inIndonesian = await updateLocalRuleSettings(db, { limits: { instagram: { foldAt: 90 } } }, id);
    expect(inIndonesian.ok).toBe(false);
    if (!inIndonesian.ok) expect(inIndonesian.errors[0]!.message).toMatch(/dikunci oleh paket "Paket Diskominfo Kabupaten Contoh"/);
    expect((await removeItem(db, 'glossary', 'pemkab', en)).ok).toBe(false);
    expect(await dumpStore(db)).toBe(before);
  });

  it('lets the admin change everything else, and the change survives a pack update', async () => {
    const db = await withTeamPack();
    const profile = (await getEffectivePreset(db, TODAY)).profiles[0]!;
    expect((await saveLocalItem(db, 'profiles', { ...profile, tagline: 'Tagline OPD' }, en)).ok).toBe(true);
    expect((await removeItem(db, 'glossary', 'walikota', en)).ok).toBe(true);
    expect((await updateLocalRuleSettings(db, { limits: { facebook: { foldAt: 300 } } }, en)).ok).toBe(true);
    expect((await addAllowedWord(db, 'pemkab-contoh', 'Ngayogyakarta', en)).ok).toBe(true);

    const update = { ...samplePack(), updated: '2026-02-01', glossary: [...samplePack().glossary!, { id: 'izin', preferred: 'izin', variants: ['ijin'] }] };
    update.profiles![0]!.hashtags.required = ['KabupatenContoh', 'ContohBangkit'];
    expect((await importPack(db, update, 'en', NOW + 1)).ok).toBe(true);

    const preset = await getEffectivePreset(db, TODAY);
    expect(preset.profiles[0]!.tagline).toBe('Tagline OPD');
    expect(preset.profiles[0]!.allowedWords).toEqual(['Contoh', 'Ngayogyakarta']);
    expect(preset.profiles[0]!.hashtags.required).toEqual(['KabupatenContoh', 'ContohBangkit']);
    expect(preset.glossary.map((g) => g.id)).toEqual(['pemkab', 'izin']);
    expect(preset.ruleSettings.limits.facebook.foldAt).toBe(300);
  });

  it('reverts an edited or hidden pack item to the pack version', async () => {
    const db = await withTeamPack();
    await removeItem(db, 'glossary', 'walikota', en);
    await saveLocalItem(db, 'templates', { ...samplePack().templates![0]!, body: 'Lokal {isi}' }, en);
    await revertItem(db, 'glossary', 'walikota', en);
    await revertItem(db, 'templates', 'imbauan-umum', en);
    const preset = await getEffectivePreset(db, TODAY);
    expect(preset.glossary.map((g) => g.id)).toContain('walikota');
    expect(preset.templates[0]!.body).toBe('Diimbau kepada seluruh warga: {isi}');
    expect(await getLocalOverrides(db)).toMatchObject({ glossary: [], templates: [], hidden: { glossary: [] } });
  });

  it('checks local items like pack items: a glossary variant that matches everything is refused', async () => {
    const { db } = await freshDb();
    const result = await saveLocalItem(db, 'glossary', { id: 'x', preferred: 'izin', variants: ['i'] }, en);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe('glossary[0].variants[0]');
    expect((await removeItem(db, 'glossary', 'tidak-ada', en)).ok).toBe(true);
  });

  it('stores a new local profile complete, with the lists the form left out as empty lists', async () => {
    const { db } = await freshDb();
    const minimal = { id: 'desa-maju', officialName: 'Pemerintah Desa Maju', timeZone: 'WITA' } as Parameters<typeof saveLocalItem<'profiles'>>[2];
    expect((await saveLocalItem(db, 'profiles', minimal, en)).ok).toBe(true);
    const [profile] = (await getEffectivePreset(db, TODAY)).profiles;
    expect(profile).toEqual({ ...minimal, shortNames: [], handles: {}, hashtags: { required: [], recommended: [], forbidden: [] }, contacts: [], allowedWords: [] });
  });
});
