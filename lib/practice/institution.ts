/**
 * The fictional institution built-in exercises are written for. Built-in exercises must behave the
 * same in every class, whatever pack the trainee's browser has, so they run against this profile
 * and glossary; a trainer's own exercises run against the class pack instead.
 */
import type { GlossaryEntry, Profile } from '../checks/types';

export const PRACTICE_PROFILE: Profile = {
  id: 'latihan-pemkab-sukamaju',
  officialName: 'Pemerintah Kabupaten Sukamaju',
  shortNames: ['Pemkab Sukamaju'],
  handles: { instagram: 'pemkab.sukamaju', facebook: 'pemkabsukamaju', tiktok: 'pemkab.sukamaju' },
  hashtags: { required: ['SukamajuMaju'], recommended: ['InfoSukamaju'], forbidden: ['SukamajuJaya'] },
  tagline: 'Sukamaju BERSINAR',
  contacts: [
    { kind: 'whatsapp', value: '0811-2233-4455', label: { id: 'WhatsApp pengaduan', en: 'Complaints WhatsApp' } },
    { kind: 'web', value: 'https://sukamajukab.go.id' },
  ],
  timeZone: 'WIB',
  allowedWords: ['Sukamaju', 'Cibening', 'Sukamukti', 'Karanganyar'],
  favouriteTemplates: ['laporan-kegiatan', 'imbauan-kesehatan'],
};

export const PRACTICE_GLOSSARY: GlossaryEntry[] = [
  {
    id: 'latihan-pemkab',
    preferred: 'Pemkab Sukamaju',
    variants: ['Pemda Sukamaju', 'Pemkab. Sukamaju', 'Pemerintah Daerah Sukamaju'],
    note: {
      id: 'Sebutan resmi menurut pedoman humas Kabupaten Sukamaju (contoh latihan).',
      en: 'The official form in the Sukamaju humas guideline (practice example).',
    },
  },
  {
    id: 'latihan-mpp',
    preferred: 'Mal Pelayanan Publik',
    variants: ['Mall Pelayanan Publik', 'Mall Pelayanan Publik (MPP)'],
    note: { id: 'KBBI menulis "mal", bukan "mall".', en: 'KBBI spells it "mal", not "mall".' },
  },
];
