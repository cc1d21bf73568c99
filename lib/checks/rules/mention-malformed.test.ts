import { ruleTable } from '../testing';
import { mentionMalformed } from './mention-malformed';

ruleTable(mentionMalformed, {
  valid: [
    'Ikuti @diskominfo_sleman dan @pemkab.sleman.',
    'Kirim ke humas@sleman.go.id',
    { text: 'Bersama @ Dinas', ctx: { platform: 'facebook' }, name: 'Facebook mentions are picked, not typed' },
    'Harga @ Rp5.000 per kg',
  ],
  invalid: [
    {
      text: 'Ikuti @dinas-kesehatan hari ini',
      findings: [{ match: '@dinas-kesehatan', severity: 'warning', suggestions: ['@dinas_kesehatan', '@dinaskesehatan'] }],
    },
    { text: 'Ikuti @ diskominfo', findings: [{ match: '@ ', severity: 'warning', suggestions: ['@'], safe: true }] },
    { text: 'Oleh @humas..sleman', findings: [{ match: '@humas..sleman', severity: 'warning' }] },
    {
      text: `Akun @${'a'.repeat(25)}`,
      ctx: { platform: 'tiktok' },
      findings: [{ match: `@${'a'.repeat(25)}`, severity: 'warning' }],
    },
  ],
});
