import { ruleTable, testProfile } from '../testing';
import { spellingUnknown } from './spelling-unknown';

ruleTable(spellingUnknown, {
  valid: [
    'Pemerintah desa menyalurkan bantuan langsung tunai kepada warga yang membutuhkan.',
    { text: 'Bupati Sutrisno dan Camat Wonokerto meninjau Ngablak', name: 'capitalised names inside a sentence' },
    { text: 'Ikuti #sayangibumikita dan @pemdesngablak atau https://ngablak.desa.id/kegiatanku', name: 'hashtags, handles, URLs' },
    { text: 'Kode 12abc34 dan 2026xyz', name: 'numbers and codes' },
    { text: 'Kegiatan nyadran di padukuhan', ctx: { allowedWords: ['nyadran'] }, name: 'words the admin allowed' },
    { text: 'Lomba gethuk lindri', ctx: { profile: testProfile({ officialName: 'Pemerintah Kalurahan Gethuk Lindri' }) }, name: 'words of the profile' },
    { text: 'Ijin dan yg', name: 'forms the spelling and chat rules explain' },
    { text: 'Webinar online via zoom, link di bio', name: 'foreign terms in common use' },
  ],
  invalid: [
    {
      text: 'Program pemerintaah untuk warga',
      findings: [{ match: 'pemerintaah', severity: 'info', suggestions: ['pemerintah'] }],
    },
    {
      text: 'Kegiatan ini dilaksnakan bersama',
      findings: [{ match: 'dilaksnakan', severity: 'info', suggestions: ['dilaksanakan'] }],
    },
  ],
});
