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
  ],
  invalid: [
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
