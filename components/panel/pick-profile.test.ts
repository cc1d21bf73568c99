import { describe, expect, it } from 'vitest';
import { pickProfile } from './pick-profile';
import type { Profile } from '../../lib/checks/types';

function profile(id: string, extra: Partial<Profile> = {}): Profile {
  return {
    id,
    officialName: `Pemerintah ${id}`,
    shortNames: [],
    handles: {},
    hashtags: { required: [], recommended: [], forbidden: [] },
    contacts: [],
    timeZone: 'WIB',
    allowedWords: [],
    ...extra,
  };
}

const dinkes = profile('dinkes', { handles: { instagram: 'dinkes.contoh' } });
const kominfo = profile('kominfo', { handles: { instagram: 'kominfo_contoh' }, defaultFor: ['instagram', 'tiktok'] });
const camat = profile('camat');
const all = [camat, dinkes, kominfo];

describe('pickProfile', () => {
  it('follows the account the page shows, whatever the case or @', () => {
    expect(pickProfile(all, 'instagram', '@Dinkes.Contoh', 'camat')?.id).toBe('dinkes');
  });
  it('falls back to the admin’s choice when the account is unknown', () => {
    expect(pickProfile(all, 'instagram', 'someone.else', 'camat')?.id).toBe('camat');
  });
  it('then to the platform default, then to the first', () => {
    expect(pickProfile(all, 'tiktok', null, undefined)?.id).toBe('kominfo');
    expect(pickProfile(all, 'facebook', null, 'gone')?.id).toBe('camat');
  });
  it('has nothing to pick from an empty list', () => {
    expect(pickProfile([], 'facebook', 'x', 'y')).toBeUndefined();
  });
});
