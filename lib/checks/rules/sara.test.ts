import { ruleTable } from '../testing';
import { sara } from './sara';

ruleTable(sara, {
  valid: [
    'Perayaan Imlek warga Tionghoa berlangsung meriah dan damai.',
    'Kerukunan umat beragama di Sleman terjaga.',
    'Usir nyamuk dengan 3M Plus. Pendatang baru wajib lapor RT.',
    { text: '#PribumiBerdaya', name: 'inside a hashtag' },
    {
      text: 'Sampah harus disingkirkan dari kampung',
      ctx: { settings: { rules: { sara: { phrases: ['harus disingkirkan'] } } } },
      name: 'preset phrase with no group nearby',
    },
    { text: 'Warga pendatang dan warga asli bergotong royong membersihkan kali.', name: 'a group named with nothing against it' },
    { text: 'Jangan beri makan ternak dengan sisa plastik; suku bunga naik.', name: 'an exclusion phrase with no group near it' },
  ],
  invalid: [
    {
      text: 'Warga pendatang dari suku itu memang susah diatur, jangan beri mereka bantuan.',
      name: 'a generalisation and an exclusion call (issue 17)',
      findings: [{ match: 'Warga pendatang dari suku itu memang susah diatur, jangan beri mereka', severity: 'warning' }],
    },
    { text: 'Orang pendatang itu biang kerok banjir.', findings: [{ match: 'Orang pendatang itu biang kerok', severity: 'warning' }] },
    { text: 'Tolak kedatangan umat itu di kampung kami.', findings: [{ match: 'Tolak kedatangan umat', severity: 'warning' }] },
    {
      text: 'Seorang warga mengatakan pendatang susah diatur, namun camat meminta warga tetap rukun.',
      name: 'reported speech in news style is info',
      findings: [{ match: 'pendatang susah diatur', severity: 'info' }],
    },
    {
      text: 'Dalam video itu terdengar teriakan “usir saja pendatang”. Polisi menyelidiki.',
      name: 'a quotation is info',
      findings: [{ match: 'usir saja pendatang', severity: 'info' }],
    },
    {
      text: 'Pelaku UMKM pribumi mendapat pelatihan.',
      findings: [{ match: 'pribumi', severity: 'warning', suggestions: ['warga'] }],
    },
    {
      text: 'Banyak orang cina berbelanja.',
      findings: [{ match: 'orang cina', severity: 'warning', suggestions: ['warga Tionghoa'] }],
    },
    { text: 'Usir saja para pendatang itu!', findings: [{ match: 'Usir saja para pendatang', severity: 'warning' }] },
    {
      text: 'Umat itu harus disingkirkan',
      ctx: { settings: { rules: { sara: { phrases: ['harus disingkirkan'] } } } },
      name: 'preset phrase near a group',
      findings: [{ match: 'Umat itu harus disingkirkan', severity: 'warning' }],
    },
  ],
});
