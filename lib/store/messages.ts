/** What the store tells an admin when it refuses something, in both UI languages. */
import type { Bilingual, LockOwner } from '../presets';

export const storeMessages = {
  locked: (path: string, owner: LockOwner): Bilingual => ({
    id: `"${path}" dikunci oleh paket "${owner.packName}" (${owner.publisher}) dan tidak bisa diubah di sini.`,
    en: `"${path}" is locked by the pack "${owner.packName}" (${owner.publisher}) and cannot be changed here.`,
  }),
  stale: (): Bilingual => ({
    id: 'Paket ini berubah setelah pratinjau dibuat. Buka pratinjau lagi sebelum menerapkan.',
    en: 'This pack changed after the preview was made. Open the preview again before applying.',
  }),
  storageFailed: (detail: string): Bilingual => ({
    id: `Penyimpanan gagal, tidak ada yang diubah (${detail}).`,
    en: `Saving failed and nothing was changed (${detail}).`,
  }),
  builtinStays: (): Bilingual => ({
    id: 'Paket bawaan tidak bisa dihapus; matikan saja jika tidak dipakai.',
    en: 'The built-in pack cannot be removed; switch it off instead.',
  }),
  notFound: (id: string): Bilingual => ({ id: `Paket "${id}" tidak ditemukan.`, en: `Pack "${id}" was not found.` }),
  profileNotFound: (id: string): Bilingual => ({ id: `Profil "${id}" tidak ditemukan.`, en: `Profile "${id}" was not found.` }),
  badUrl: (): Bilingual => ({
    id: 'Alamat langganan harus diawali https:// (http:// hanya untuk localhost).',
    en: 'A subscription address must start with https:// (http:// only for localhost).',
  }),
  alreadySubscribed: (): Bilingual => ({ id: 'Alamat ini sudah dilanggan.', en: 'This address is already subscribed.' }),
  network: (detail: string): Bilingual => ({
    id: `Server paket tidak bisa dihubungi (${detail}).`,
    en: `The pack server could not be reached (${detail}).`,
  }),
  timeout: (seconds: number): Bilingual => ({
    id: `Server paket tidak menjawab dalam ${seconds} detik.`,
    en: `The pack server did not answer within ${seconds} seconds.`,
  }),
  http: (status: number): Bilingual => ({
    id: `Server paket menjawab dengan galat HTTP ${status}.`,
    en: `The pack server answered with HTTP error ${status}.`,
  }),
  redirect: (origin: string): Bilingual => ({
    id: `Server paket mengalihkan ke situs lain (${origin}); paket dari sana tidak dipakai.`,
    en: `The pack server redirected to another site (${origin}); a pack from there is not used.`,
  }),
  tooLarge: (): Bilingual => ({ id: 'Berkas paket dari server terlalu besar.', en: 'The pack file from the server is too large.' }),
  invalid: (first: Bilingual): Bilingual => ({
    id: `Server mengirim paket yang tidak sah: ${first.id}`,
    en: `The server sent an invalid pack: ${first.en}`,
  }),
} as const;
