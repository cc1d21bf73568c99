import { describe, expect, it } from 'vitest';
import type { Profile } from '../../lib/checks/types';
import { emptyProfileForm, formToProfile, profileToForm } from './profile-form';

const full: Profile = {
  id: 'diskominfo-sleman',
  officialName: 'Dinas Komunikasi dan Informatika Kabupaten Sleman',
  shortNames: ['Diskominfo Sleman', 'Kominfo Sleman'],
  handles: { instagram: 'kominfosleman', facebook: 'kominfo.sleman' },
  hashtags: { required: ['SlemanSembada'], recommended: ['JogjaIstimewa', 'Sleman'], forbidden: ['hoaks'] },
  tagline: 'Sleman Sembada',
  footer: 'Info lebih lanjut:\nwww.slemankab.go.id',
  contacts: [
    { kind: 'whatsapp', value: '0812-0000-0000', label: { id: 'Layanan aduan', en: 'Complaints' } },
    { kind: 'web', value: 'https://slemankab.go.id' },
  ],
  timeZone: 'WIB',
  allowedWords: ['Sembada', 'padukuhan'],
  favouriteTemplates: ['laporan-kegiatan'],
  defaultFor: ['instagram', 'tiktok'],
  activity: { postsPerWeek: 5, silentAfterDays: 3 },
  institutionType: 'opd',
  expires: '2027-12-31',
  signatory: { name: 'Drs. Bambang Sutrisno, M.Si.', nip: '196805121994031005', position: 'Kepala Dinas Komunikasi dan Informatika' },
  logo: 'data:image/png;base64,iVBORw0KGgo=',
};

describe('profile form', () => {
  it('round-trips a full profile', () => {
    expect(formToProfile(profileToForm(full))).toEqual({ ok: true, item: full });
  });

  it('round-trips a minimal profile without inventing optional fields', () => {
    const minimal: Profile = {
      id: 'p1',
      officialName: 'Pemkab',
      shortNames: [],
      handles: {},
      hashtags: { required: [], recommended: [], forbidden: [] },
      contacts: [],
      timeZone: 'WITA',
      allowedWords: [],
    };
    expect(formToProfile(profileToForm(minimal))).toEqual({ ok: true, item: minimal });
  });

  it('cleans what admins paste', () => {
    const form = emptyProfileForm('p1');
    form.officialName = '  Pemkab Sleman ';
    form.handles.instagram = '@pemkabsleman';
    form.hashtags.required = '#SlemanSembada #JogjaIstimewa';
    form.defaultFor = ['tiktok', 'instagram'];
    const result = formToProfile(form);
    expect(result.ok && result.item).toMatchObject({
      officialName: 'Pemkab Sleman',
      handles: { instagram: 'pemkabsleman' },
      hashtags: { required: ['SlemanSembada', 'JogjaIstimewa'] },
      defaultFor: ['instagram', 'tiktok'],
    });
  });

  it('names every wrong field', () => {
    const form = emptyProfileForm('Bad Id');
    form.handles.tiktok = 'no spaces allowed';
    form.hashtags.recommended = '#ok #not-ok';
    form.hashtags.required = '#Sleman';
    form.hashtags.forbidden = '#sleman';
    form.contacts = [{ kind: 'email', value: ' ', labelId: '', labelEn: '' }];
    form.postsPerWeek = 'lima';
    form.expires = '31-12-2027';
    const result = formToProfile(form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual({
      id: { key: 'optErrId' },
      officialName: { key: 'optErrRequired' },
      'handles.tiktok': { key: 'optErrHandle' },
      'hashtags.recommended': { key: 'optErrHashtag', subs: ['not-ok'] },
      'hashtags.forbidden': { key: 'optErrHashtagClash', subs: ['Sleman'] },
      'contacts.0.value': { key: 'optErrRequired' },
      postsPerWeek: { key: 'optErrCount' },
      expires: { key: 'optErrDate' },
    });
  });

  it('keeps the signature block for the monthly report: NIP with spaces accepted, a wrong NIP or a block without a name refused', () => {
    const form = { ...emptyProfileForm('p2'), officialName: 'Pemkab', signatoryName: ' Siti ', signatoryNip: '19680512 199403 1 005', signatoryPosition: 'Kabid IKP' };
    expect(formToProfile(form)).toMatchObject({ ok: true, item: { signatory: { name: 'Siti', nip: '196805121994031005', position: 'Kabid IKP' } } });
    expect(formToProfile({ ...form, signatoryNip: '1234' })).toEqual({ ok: false, problems: { signatoryNip: { key: 'optErrNip' } } });
    expect(formToProfile({ ...form, signatoryName: '' })).toEqual({ ok: false, problems: { signatoryName: { key: 'optErrRequired' } } });
    const none = formToProfile({ ...emptyProfileForm('p3'), officialName: 'Pemkab' });
    expect(none.ok && 'signatory' in none.item).toBe(false);
  });
});
