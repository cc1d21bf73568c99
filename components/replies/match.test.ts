import { describe, expect, it } from 'vitest';
import { testProfile } from '../../lib/checks/testing';
import { institutionProfile } from './match';

const pemkab = testProfile({ id: 'pemkab', officialName: 'Pemerintah Kabupaten Contoh', shortNames: ['Pemkab Contoh'], handles: { facebook: 'pemkabcontoh', tiktok: 'pemkab.contoh' } });
const desa = testProfile({ id: 'desa', officialName: 'Pemerintah Desa Sukamaju', handles: { instagram: 'desasukamaju' } });

describe('institutionProfile', () => {
  it.each([
    ['the post owner handle', 'facebook', { identity: null, owners: ['pemkabcontoh'] }, 'pemkab'],
    ['the owner name shown on the post', 'facebook', { identity: null, owners: ['Pemkab Contoh'] }, 'pemkab'],
    ['commenting as the Page on anyone’s post', 'facebook', { identity: 'Pemerintah Kabupaten Contoh', owners: ['Warung Bu Sri'] }, 'pemkab'],
    ['a TikTok @handle, case aside', 'tiktok', { identity: null, owners: ['@Pemkab.Contoh'] }, 'pemkab'],
    ['the Instagram account of another profile', 'instagram', { identity: null, owners: ['desasukamaju'] }, 'desa'],
  ] as const)('finds the profile from %s', (_name, platform, page, id) => {
    expect(institutionProfile([pemkab, desa], platform, page)?.id).toBe(id);
  });

  it.each([
    ['a citizen’s post', 'facebook', { identity: null, owners: ['Budi Santoso', 'budi.santoso'] }],
    ['a handle from another platform', 'instagram', { identity: null, owners: ['pemkabcontoh'] }],
    ['nothing on the page', 'tiktok', { identity: null, owners: [] }],
  ] as const)('finds none on %s', (_name, platform, page) => {
    expect(institutionProfile([pemkab, desa], platform, page)).toBeNull();
  });
});
