import { ruleTable } from '../testing';
import { linkNotClickable } from './link-not-clickable';

ruleTable(linkNotClickable, {
  valid: [
    { text: 'Daftar di https://sleman.go.id', ctx: { platform: 'facebook' } },
    'Pukul 10.00 di Jl.Magelang km 5.',
    'Kirim ke humas@sleman.go.id',
    'Info lengkap: link di bio.',
  ],
  invalid: [
    {
      text: 'Daftar di https://sleman.go.id/daftar.',
      findings: [{ match: 'https://sleman.go.id/daftar', severity: 'warning', suggestions: ['link di bio'] }],
    },
    {
      text: 'Cek sleman.go.id atau www.jogjaprov.go.id',
      ctx: { platform: 'tiktok' },
      findings: [
        { match: 'sleman.go.id', severity: 'warning', suggestions: ['link di bio'] },
        { match: 'www.jogjaprov.go.id', severity: 'warning', suggestions: ['link di bio'] },
      ],
    },
  ],
});
