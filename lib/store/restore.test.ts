import { describe, expect, it } from 'vitest';
import { samplePack } from '../presets/fixtures/sample-pack';
import { getEffectivePreset, getLocalOverrides } from './effective';
import { importPack } from './import';
import { replaceLocalOverrides, saveLocalItem, updateLocalRuleSettings, validateLocalOverrides } from './overrides';
import { freshDb, NOW, TODAY } from './testing';

const en = { lang: 'en' as const, now: NOW, today: TODAY };

describe('restoring the admin’s own items from a backup', () => {
  it('gives back exactly what was exported, replacing what the browser had', async () => {
    const { db } = await freshDb();
    await importPack(db, samplePack(), 'en', NOW);
    const profile = (await getEffectivePreset(db, TODAY)).profiles[0]!;
    await saveLocalItem(db, 'profiles', { ...profile, id: 'camat-sukamaju', officialName: 'Kecamatan Sukamaju' }, en);
    await updateLocalRuleSettings(db, { rules: { 'hashtag-limit': { severity: 'error' } } }, en);
    const exported = structuredClone(await getLocalOverrides(db));

    const { db: other } = await freshDb();
    await saveLocalItem(other, 'profiles', { ...profile, id: 'lama', officialName: 'Profil lama' }, en);
    const checked = validateLocalOverrides(JSON.parse(JSON.stringify(exported)), 'en', TODAY);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(await replaceLocalOverrides(other, checked.local, en)).toEqual({ ok: true });
    const restored = await getLocalOverrides(other);
    expect(restored.profiles?.map((p) => p.id)).toEqual(['camat-sukamaju']);
    expect(restored.ruleSettings).toEqual({ rules: { 'hashtag-limit': { severity: 'error' } } });
  });

  it.each([
    ['not an object', 'nope', 'local'],
    ['an unknown field', { profiles: [], evil: 1 }, 'local.evil'],
    ['a profile without a name', { profiles: [{ id: 'x' }] }, 'local.profiles'],
    ['a glossary entry that matches everything', { glossary: [{ id: 'g', preferred: 'Pemkab', variants: [' '] }] }, 'local.glossary'],
    ['hidden ids that are not strings', { hidden: { profiles: [1] } }, 'local.hidden'],
  ])('refuses %s, naming the field', (_name, data, path) => {
    const result = validateLocalOverrides(data, 'en', TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path.startsWith(path)).toBe(true);
  });
});
