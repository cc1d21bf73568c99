import type { GlossaryEntry } from '../../checks/types';

/**
 * Official names and titles that admins commonly write wrongly. Each note says why, so the panel
 * can explain the suggestion. Spelling in general (izin, imbauan…) is the spelling rule's job.
 */
export const DEFAULT_GLOSSARY: GlossaryEntry[] = [
  {
    id: 'wali-kota',
    preferred: 'wali kota',
    variants: ['walikota'],
    note: { id: 'Ditulis terpisah menurut KBBI dan EYD V.', en: 'Two words according to KBBI and EYD V.' },
  },
  {
    id: 'wakil-wali-kota',
    preferred: 'wakil wali kota',
    variants: ['wakil walikota'],
    note: { id: 'Ditulis terpisah menurut KBBI dan EYD V.', en: 'Two words according to KBBI and EYD V.' },
  },
  {
    id: 'provinsi',
    preferred: 'provinsi',
    variants: ['propinsi'],
    note: { id: 'Bentuk baku menurut KBBI.', en: 'The standard form according to KBBI.' },
  },
  {
    id: 'komdigi',
    preferred: 'Kementerian Komunikasi dan Digital (Komdigi)',
    variants: ['Kemenkominfo', 'Kementerian Kominfo', 'Kementerian Komunikasi dan Informatika'],
    note: {
      id: 'Sejak Oktober 2024 kementerian ini bernama Kementerian Komunikasi dan Digital.',
      en: 'Since October 2024 the ministry is called Kementerian Komunikasi dan Digital.',
    },
  },
  {
    id: 'diskominfo',
    preferred: 'Dinas Komunikasi dan Informatika',
    variants: ['Dinkominfo', 'Diskomimfo', 'Dinas Kominfo'],
    note: {
      id: 'Pada penyebutan pertama tulis nama lengkap dinas; singkatan resmi: Diskominfo.',
      en: 'Write the office’s full name on first mention; the official short form is Diskominfo.',
    },
  },
  {
    id: 'dprd',
    preferred: 'DPRD',
    variants: ['Dprd', 'D.P.R.D.'],
    caseSensitive: true,
    note: { id: 'Singkatan nama lembaga ditulis dengan huruf kapital.', en: 'Abbreviated institution names are written in capitals.' },
  },
  {
    id: 'hut-ri',
    preferred: 'HUT RI',
    variants: ['HUT R.I.', 'Hut RI', 'hut ri'],
    caseSensitive: true,
    note: { id: 'Singkatan ditulis kapital tanpa titik.', en: 'Abbreviations are written in capitals without full stops.' },
  },
  {
    id: 'pemkab-contoh',
    preferred: 'Pemerintah Kabupaten Contoh',
    variants: ['Pemkab. Contoh', 'Pemerintah Kab. Contoh'],
    note: {
      id: 'Contoh entri untuk nama resmi pemerintah daerah Anda: ganti dengan nama sendiri.',
      en: 'An example entry for your local government’s official name: replace it with your own.',
    },
  },
];
