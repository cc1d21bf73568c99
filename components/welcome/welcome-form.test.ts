import { describe, expect, it } from 'vitest';
import { EMPTY_WELCOME, cleanHandle, profileId, welcomeErrors, welcomeProfile } from './welcome-form';

const filled = {
  ...EMPTY_WELCOME,
  officialName: '  Dinas Kesehatan   Kota Bogor ',
  shortNames: 'Dinkes Bogor, Dinkes Kota Bogor, Dinkes Bogor',
  instagram: '@dinkeskotabogor',
  facebook: 'https://www.facebook.com/dinkes.bogor/',
  hashtags: '#DinkesBogor, BogorSehat',
  tagline: 'Bogor Sehat',
  phone: '0251 8324 000',
  email: 'dinkes@kotabogor.go.id',
  timeZone: 'WIB' as const,
};

describe('welcome form', () => {
  it('turns what the admin typed into a profile for every platform', () => {
    expect(welcomeProfile(filled)).toEqual({
      id: 'dinas-kesehatan-kota-bogor',
      officialName: 'Dinas Kesehatan Kota Bogor',
      shortNames: ['Dinkes Bogor', 'Dinkes Kota Bogor'],
      handles: { instagram: 'dinkeskotabogor', facebook: 'dinkes.bogor' },
      hashtags: { required: ['DinkesBogor', 'BogorSehat'], recommended: [], forbidden: [] },
      tagline: 'Bogor Sehat',
      contacts: [
        { kind: 'phone', value: '0251 8324 000' },
        { kind: 'email', value: 'dinkes@kotabogor.go.id' },
      ],
      timeZone: 'WIB',
      allowedWords: [],
      defaultFor: ['instagram', 'facebook', 'tiktok'],
    });
  });

  it('asks for the official name and refuses malformed handles, tags and contacts', () => {
    expect(welcomeErrors(filled)).toEqual({});
    expect(welcomeErrors({ ...EMPTY_WELCOME, officialName: 'X', tiktok: 'a b', hashtags: '#ok #bad-tag', email: 'nope', web: 'contoh', phone: 'call me' })).toEqual({
      officialName: 'welErrName',
      tiktok: 'welErrHandle',
      hashtags: 'welErrHashtag',
      email: 'welErrEmail',
      web: 'welErrWeb',
      phone: 'welErrPhone',
    });
  });

  it('cleans handles and makes ids people can read', () => {
    expect(cleanHandle(' https://instagram.com/pemkot_bogor/ ')).toBe('pemkot_bogor');
    expect(profileId('Pemerintah Desa Sukamaju Wetan')).toBe('pemerintah-desa-sukamaju-wetan');
    expect(profileId('***')).toBe('instansi-saya');
  });

  it('adds the report signatory when a name is given, and checks the NIP', () => {
    const signed = { ...filled, signatoryName: 'dr. Retno Wulan', signatoryNip: '197803142005012008', signatoryPosition: 'Kepala Dinas Kesehatan' };
    expect(welcomeErrors(signed)).toEqual({});
    expect(welcomeProfile(signed).signatory).toEqual({ name: 'dr. Retno Wulan', nip: '197803142005012008', position: 'Kepala Dinas Kesehatan' });
    expect(welcomeErrors({ ...signed, signatoryNip: '1978' })).toEqual({ signatoryNip: 'optErrNip' });
    expect(welcomeErrors({ ...signed, signatoryName: ' ' })).toEqual({ signatoryName: 'optErrRequired' });
    expect('signatory' in welcomeProfile(filled)).toBe(false);
  });
});
