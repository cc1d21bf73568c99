import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './default-settings';
import { samplePack } from './fixtures/sample-pack';
import { lockAt, lockConflicts, mergePacks, type LocalOverrides } from './merge';
import type { Pack } from './types';

const TODAY = '2026-01-20';
const province = (): Pack => ({
  ...samplePack(),
  id: 'prov',
  name: 'Paket Provinsi',
  publisher: { name: 'Diskominfo Provinsi' },
  profiles: [],
  templates: [],
  exercises: [],
  glossary: [{ id: 'walikota', preferred: 'wali kota', variants: ['walikota', 'Walkot'] }],
  ruleSettings: { limits: { instagram: { hashtags: 3 } } },
  locked: ['ruleSettings/limits/instagram/hashtags'],
});

describe('mergePacks', () => {
  it('lays later packs over earlier ones, item by item, over the default rule settings', () => {
    const preset = mergePacks([samplePack(), province()], {}, TODAY);
    expect(preset.glossary.find((g) => g.id === 'walikota')?.variants).toEqual(['walikota', 'Walkot']);
    expect(preset.sources['glossary/walikota']).toBe('prov');
    expect(preset.sources['glossary/pemkab']).toBe('diskominfo-contoh');
    expect(preset.ruleSettings.limits.instagram).toEqual({ ...DEFAULT_SETTINGS.limits.instagram, hashtags: 3 });
    expect(preset.ruleSettings.limits.facebook).toEqual(DEFAULT_SETTINGS.limits.facebook);
    expect(preset.ruleSettings.rules.spelling).toEqual({ enabled: true, severity: 'warning' });
    expect(preset.order.map((p) => p.id)).toEqual(['diskominfo-contoh', 'prov']);
  });

  it('drops expired items and expired packs, keeping them through their last day', () => {
    const pack = samplePack();
    pack.profiles![0]!.expires = '2026-01-20';
    pack.glossary![1]!.expires = '2026-01-19';
    const campaign = { ...province(), id: 'kampanye', expires: '2026-01-19' };
    const preset = mergePacks([pack, campaign], {}, TODAY);
    expect(preset.profiles.map((p) => p.id)).toEqual(['pemkab-contoh']);
    expect(preset.glossary.map((g) => g.id)).toEqual(['pemkab']);
    expect(preset.order.map((p) => p.id)).toEqual(['diskominfo-contoh']);
  });

  it('applies local overrides: new items, edited pack items, hidden pack items, rule settings', () => {
    const local: LocalOverrides = {
      glossary: [{ id: 'lokal', preferred: 'kelurahan', variants: ['kelurahaan'] }],
      templates: [{ ...samplePack().templates![0]!, body: 'Imbauan: {isi}' }],
      hidden: { glossary: ['walikota'] },
      ruleSettings: { limits: { facebook: { foldAt: 200 } } },
    };
    const preset = mergePacks([samplePack()], local, TODAY);
    expect(preset.glossary.map((g) => g.id)).toEqual(['pemkab', 'lokal']);
    expect(preset.templates[0]!.body).toBe('Imbauan: {isi}');
    expect(preset.sources['templates/imbauan-umum']).toBe('local');
    expect(preset.ruleSettings.limits.facebook.foldAt).toBe(200);
  });

  it('puts locked paths back to the pack value and says who locked them', () => {
    const pack = samplePack();
    const edited = { ...pack.profiles![0]!, tagline: 'Tagline sendiri', hashtags: { required: ['Lain'], recommended: [], forbidden: [] } };
    const preset = mergePacks([pack, province()], { profiles: [edited], hidden: { glossary: ['pemkab'] }, ruleSettings: { limits: { instagram: { hashtags: 10 } } } }, TODAY);
    const profile = preset.profiles[0]!;
    expect(profile.tagline).toBe('Tagline sendiri');
    expect(profile.hashtags.required).toEqual(['KabupatenContoh']);
    expect(preset.glossary.map((g) => g.id)).toContain('pemkab');
    expect(preset.ruleSettings.limits.instagram.hashtags).toBe(3);
    expect(preset.lockedBy).toEqual({
      'profiles/pemkab-contoh/hashtags/required': 'Paket Diskominfo Kabupaten Contoh (Diskominfo Kabupaten Contoh)',
      'glossary/pemkab': 'Paket Diskominfo Kabupaten Contoh (Diskominfo Kabupaten Contoh)',
      'ruleSettings/limits/instagram/hashtags': 'Paket Provinsi (Diskominfo Provinsi)',
    });
    expect(lockAt(preset.locks, 'profiles/pemkab-contoh/hashtags')?.packId).toBe('diskominfo-contoh');
    expect(lockAt(preset.locks, 'profiles/pemkab-contoh/tagline')).toBeUndefined();
  });

  it('puts a locked field back into a copy: the packs and the admin\'s own items are never written into', () => {
    const pack = samplePack();
    const edited = { ...pack.profiles![0]!, tagline: 'Tagline sendiri', hashtags: { required: ['Lain'], recommended: [], forbidden: [] } };
    const before = { pack: structuredClone(pack), edited: structuredClone(edited) };
    const first = mergePacks([pack], { profiles: [edited] }, TODAY);
    expect(first.profiles[0]!.hashtags.required).toEqual(['KabupatenContoh']);
    expect(edited).toEqual(before.edited);
    expect(pack).toEqual(before.pack);
    // Merging again (every preset change does) gives the same, and still leaves the inputs alone.
    expect(mergePacks([pack], { profiles: [edited] }, TODAY)).toEqual(first);
    expect(edited.hashtags.required).toEqual(['Lain']);
    // Items without a lock are the pack's own objects, not copies (a 10,000-claim pack is not cloned).
    expect(first.glossary.find((g) => g.id === 'walikota')).toBe(pack.glossary!.find((g) => g.id === 'walikota'));
  });

  it('reads `glossary/*` as "the pack\'s entries" and `glossary` as "the whole glossary"', () => {
    const local: LocalOverrides = { glossary: [{ id: 'lokal', preferred: 'kelurahan', variants: ['kelurahaan'] }] };
    const star = mergePacks([{ ...samplePack(), locked: ['glossary/*'] }], local, TODAY);
    expect(star.glossary.map((g) => g.id)).toEqual(['pemkab', 'walikota', 'lokal']);
    expect(Object.keys(star.lockedBy)).toEqual(['glossary/pemkab', 'glossary/walikota']);
    const whole = mergePacks([{ ...samplePack(), locked: ['glossary'] }], local, TODAY);
    expect(whole.glossary.map((g) => g.id)).toEqual(['pemkab', 'walikota']);
  });
});

describe('lockConflicts', () => {
  const packs = [samplePack(), province()];
  const profile = samplePack().profiles![0]!;

  it('allows changes outside locked paths, including saving a whole profile with its locked fields untouched', () => {
    expect(lockConflicts(packs, {}, { profiles: [{ ...profile, tagline: 'Baru' }] }, TODAY)).toEqual([]);
    expect(lockConflicts(packs, {}, { glossary: [{ id: 'x', preferred: 'izin', variants: ['ijin'] }] }, TODAY)).toEqual([]);
  });

  it('refuses changes under a lock and names the pack that holds it', () => {
    const conflicts = lockConflicts(packs, {}, { profiles: [{ ...profile, hashtags: { ...profile.hashtags, required: [] } }] }, TODAY);
    expect(conflicts.map((c) => [c.path, c.owner.packName])).toEqual([['profiles/pemkab-contoh/hashtags/required', 'Paket Diskominfo Kabupaten Contoh']]);
    expect(lockConflicts(packs, {}, { hidden: { glossary: ['pemkab'] } }, TODAY).map((c) => c.path)).toEqual(['glossary/pemkab']);
    expect(lockConflicts(packs, {}, { ruleSettings: { limits: { instagram: { hashtags: 30 } } } }, TODAY)[0]?.owner.publisher).toBe('Diskominfo Provinsi');
  });

  it('does not blame an unrelated edit on a stale local value the lock already overrides', () => {
    const stale: LocalOverrides = { profiles: [{ ...profile, hashtags: { ...profile.hashtags, required: ['Lama'] } }] };
    const edited: LocalOverrides = { profiles: [{ ...profile, hashtags: { ...profile.hashtags, required: ['Lama'] }, footer: 'Salam' }] };
    expect(lockConflicts(packs, stale, edited, TODAY)).toEqual([]);
  });
});
