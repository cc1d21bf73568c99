import type { Profile } from '../../checks/types';

/**
 * A made-up regency that shows every profile field filled in the way a real Diskominfo would.
 * Admins copy it and put in their own names; nothing here is a real account.
 */
export const EXAMPLE_PROFILE: Profile = {
  id: 'pemkab-contoh',
  officialName: 'Pemerintah Kabupaten Contoh',
  shortNames: ['Pemkab Contoh'],
  handles: { instagram: 'pemkabcontoh', facebook: 'pemkabcontoh', tiktok: 'pemkabcontoh' },
  hashtags: {
    required: ['PemkabContoh'],
    recommended: ['KabupatenContoh', 'ContohMaju'],
    forbidden: [],
  },
  tagline: 'Contoh Maju, Warga Sejahtera',
  footer: 'Informasi resmi Pemerintah Kabupaten Contoh. Cek fakta sebelum berbagi.',
  contacts: [
    { kind: 'web', value: 'https://contohkab.go.id', label: { id: 'Situs resmi', en: 'Official website' } },
    { kind: 'email', value: 'humas@contohkab.go.id', label: { id: 'Surel humas', en: 'Press office e-mail' } },
    { kind: 'phone', value: '112', label: { id: 'Layanan darurat', en: 'Emergency line' } },
    { kind: 'address', value: 'Jl. Pemuda No. 1, Kabupaten Contoh', label: { id: 'Kantor bupati', en: "Regent's office" } },
  ],
  timeZone: 'WIB',
  allowedWords: ['Contoh'],
  activity: { postsPerWeek: 3, silentAfterDays: 7 },
};
