import { ruleTable } from '../testing';
import type { GlossaryEntry } from '../types';
import { glossaryTerm } from './glossary-term';

const glossary: GlossaryEntry[] = [
  { id: 'pemkab', preferred: 'Pemerintah Kabupaten Sleman', variants: ['Pemkab Sleman', 'Pemda Sleman'] },
  { id: 'pemkab-case', preferred: 'Pemkab', variants: ['PemKab', 'PEMKAB'], caseSensitive: true },
  { id: 'dinkes', preferred: 'Dinas Kesehatan', variants: ['Dinas Kesehatan', 'dinkes'] },
  { id: 'regex', preferred: 'A.B', variants: ['a.b', '(x+)+$'] },
  { id: 'old', preferred: 'Baru', variants: ['Lama'], expires: '2020-01-01' },
];

ruleTable(glossaryTerm, {
  valid: [
    { text: 'Pemerintah Kabupaten Sleman menggelar rapat.', ctx: { glossary } },
    { text: 'Pemkab dan Pemkaby', ctx: { glossary }, name: 'exact-case variants only match their case' },
    { text: 'Dinas Kesehatan membuka layanan.', ctx: { glossary }, name: 'the preferred form itself is listed as a variant' },
    { text: '#PemkabSleman @pemkab_sleman', ctx: { glossary } },
    { text: 'aXb dan axb atau ab', ctx: { glossary }, name: 'dots in variants are literal' },
    { text: 'Program Lama', ctx: { glossary, today: '2024-05-01' }, name: 'expired entry' },
    { text: 'Pemkab Sleman', ctx: { glossary, allowedWords: ['pemkab sleman'] } },
  ],
  invalid: [
    {
      text: 'Pemkab Sleman dan pemda  sleman hadir.',
      ctx: { glossary },
      findings: [
        { match: 'Pemkab Sleman', severity: 'warning', suggestions: ['Pemerintah Kabupaten Sleman'], safe: true },
        { match: 'pemda  sleman', severity: 'warning', suggestions: ['Pemerintah Kabupaten Sleman'], safe: true },
      ],
    },
    {
      text: 'Kegiatan PemKab hari ini, DINKES ikut.',
      ctx: { glossary },
      findings: [
        { match: 'PemKab', severity: 'warning', suggestions: ['Pemkab'], safe: true },
        { match: 'DINKES', severity: 'warning', suggestions: ['Dinas Kesehatan'], safe: true },
      ],
    },
    {
      text: 'Rumus (x+)+$ dan a.b',
      ctx: { glossary },
      findings: [
        { match: '(x+)+$', severity: 'warning', suggestions: ['A.B'], safe: true },
        { match: 'a.b', severity: 'warning', suggestions: ['A.B'], safe: true },
      ],
    },
  ],
});
