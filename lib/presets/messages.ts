/**
 * Every message a pack import can show, in Bahasa Indonesia and English. Admins read these when a
 * file from another office will not load, so each says which field is wrong and what it should be.
 */
import type { Lang } from '../checks/types';

export interface Bilingual {
  id: string;
  en: string;
}

export const say = (lang: Lang, text: Bilingual): string => text[lang];

const mb = (bytes: number): string => (bytes / 1_000_000).toFixed(1);

export const packMessages = {
  notJson: (detail: string): Bilingual => ({
    id: `Berkas ini bukan JSON yang sah (${detail}). Pastikan berkasnya paket Saring yang utuh.`,
    en: `This file is not valid JSON (${detail}). Check that it is a complete Saring pack.`,
  }),
  notJsonAt: (line: number, column: number, near: string): Bilingual => ({
    id: `Berkas ini bukan JSON yang sah: ada kesalahan penulisan di baris ${line}, kolom ${column}${near ? ` (dekat ${near})` : ''}. Periksa koma, tanda kutip, dan kurung di sana.`,
    en: `This file is not valid JSON: there is a syntax error at line ${line}, column ${column}${near ? ` (near ${near})` : ''}. Check the commas, quotes and brackets there.`,
  }),
  notJsonEnd: (): Bilingual => ({
    id: 'Berkas ini bukan JSON yang sah: isinya berhenti di tengah jalan (kurang kurung tutup atau tanda kutip). Pastikan berkasnya utuh.',
    en: 'This file is not valid JSON: it stops halfway (a closing bracket or quote is missing). Check that the file is complete.',
  }),
  notObject: (): Bilingual => ({
    id: 'Isi berkas harus berupa objek JSON ({ … }), bukan daftar atau nilai tunggal.',
    en: 'The file must contain a JSON object ({ … }), not a list or a single value.',
  }),
  tooLarge: (bytes: number, max: number): Bilingual => ({
    id: `Berkas terlalu besar (${mb(bytes)} MB); paket paling besar ${mb(max)} MB.`,
    en: `The file is too large (${mb(bytes)} MB); a pack may be at most ${mb(max)} MB.`,
  }),
  tooDeep: (max: number): Bilingual => ({
    id: `Data bersarang terlalu dalam (lebih dari ${max} tingkat); paket Saring tidak pernah sedalam ini.`,
    en: `The data is nested too deeply (more than ${max} levels); no Saring pack is this deep.`,
  }),
  forbiddenKey: (key: string): Bilingual => ({
    id: `Nama kolom "${key}" tidak diizinkan.`,
    en: `The field name "${key}" is not allowed.`,
  }),
  wrongFormat: (got: string): Bilingual => ({
    id: `Kolom "format" harus "saring-pack", bukan ${got}: ini bukan paket Saring.`,
    en: `The "format" field must be "saring-pack", not ${got}: this is not a Saring pack.`,
  }),
  newerVersion: (version: number, supported: number): Bilingual => ({
    id: `Paket ini dibuat oleh Saring yang lebih baru (versi format ${version}, yang didukung ${supported}). Silakan perbarui Saring.`,
    en: `This pack was made by a newer Saring (format version ${version}, this one reads ${supported}). Please update Saring.`,
  }),
  missing: (): Bilingual => ({ id: 'wajib diisi.', en: 'is required.' }),
  unknownField: (): Bilingual => ({
    id: 'kolom ini tidak dikenal (salah ketik?).',
    en: 'is not a known field (a typo?).',
  }),
  wrongType: (expected: string, received: string): Bilingual => ({
    id: `harus ${expected}, tetapi berisi ${received}.`,
    en: `must be ${expected}, but is ${received}.`,
  }),
  oneOf: (options: string, received: string): Bilingual => ({
    id: `harus salah satu dari ${options}, tetapi berisi ${received}.`,
    en: `must be one of ${options}, but is ${received}.`,
  }),
  id: (): Bilingual => ({
    id: 'harus berupa id: huruf, angka, titik, garis bawah atau tanda hubung, tanpa spasi atau "/", paling panjang 100.',
    en: 'must be an id: letters, digits, dots, underscores or hyphens, no spaces or "/", at most 100 long.',
  }),
  date: (): Bilingual => ({
    id: 'harus tanggal yang ada, ditulis TTTT-BB-HH (misalnya 2026-08-17).',
    en: 'must be a real date written YYYY-MM-DD (e.g. 2026-08-17).',
  }),
  handle: (): Bilingual => ({
    id: 'harus nama akun tanpa "@": huruf, angka, titik atau garis bawah.',
    en: 'must be an account name without "@": letters, digits, dots or underscores.',
  }),
  logo: (): Bilingual => ({
    id: 'harus gambar PNG, JPEG atau WebP yang disimpan di profil (data:image/…;base64,…).',
    en: 'must be a PNG, JPEG or WebP image kept in the profile (data:image/…;base64,…).',
  }),
  nip: (): Bilingual => ({
    id: 'harus NIP 18 angka tanpa spasi.',
    en: 'must be an 18-digit NIP without spaces.',
  }),
  hashtag: (): Bilingual => ({
    id: 'harus tagar tanpa "#": huruf, angka atau garis bawah, tanpa spasi.',
    en: 'must be a hashtag without "#": letters, digits or underscores, no spaces.',
  }),
  url: (): Bilingual => ({
    id: 'harus alamat web yang diawali https:// atau http://.',
    en: 'must be a web address starting with https:// or http://.',
  }),
  tooLong: (max: number): Bilingual => ({
    id: `terlalu panjang (paling banyak ${max} karakter).`,
    en: `is too long (at most ${max} characters).`,
  }),
  tooMany: (max: number): Bilingual => ({
    id: `terlalu banyak isian (paling banyak ${max}).`,
    en: `has too many entries (at most ${max}).`,
  }),
  empty: (): Bilingual => ({ id: 'tidak boleh kosong.', en: 'must not be empty.' }),
  integer: (): Bilingual => ({ id: 'harus bilangan bulat.', en: 'must be a whole number.' }),
  min: (min: string): Bilingual => ({ id: `paling kecil ${min}.`, en: `must be at least ${min}.` }),
  max: (max: string): Bilingual => ({ id: `paling besar ${max}.`, en: `must be at most ${max}.` }),
  fieldName: (): Bilingual => ({
    id: 'harus nama isian dari huruf kecil, angka dan garis bawah.',
    en: 'must be a field name of lower-case letters, digits and underscores.',
  }),
  lock: (): Bilingual => ({
    id: 'harus jalur kunci seperti "profiles/<id>/hashtags/required" atau "glossary/<id>".',
    en: 'must be a lock path such as "profiles/<id>/hashtags/required" or "glossary/<id>".',
  }),
  lockUnknown: (detail: string): Bilingual => ({
    id: `bukan jalur kunci yang dikenal Saring (${detail}).`,
    en: `is not a lock path Saring knows (${detail}).`,
  }),
  duplicateId: (value: string, first: string): Bilingual => ({
    id: `id "${value}" sudah dipakai oleh ${first}; setiap id dalam satu daftar harus unik.`,
    en: `id "${value}" is already used by ${first}; ids in one list must be unique.`,
  }),
  duplicate: (value: string): Bilingual => ({
    id: `"${value}" tercantum dua kali.`,
    en: `"${value}" is listed twice.`,
  }),
  noVariants: (): Bilingual => ({
    id: 'harus berisi paling sedikit satu penulisan salah.',
    en: 'must list at least one wrong spelling.',
  }),
  variantMatchesEverything: (): Bilingual => ({
    id: 'terlalu pendek atau hanya tanda baca: akan cocok dengan hampir semua teks. Tulis paling sedikit 2 huruf atau angka.',
    en: 'is too short or only punctuation: it would match almost any text. Use at least 2 letters or digits.',
  }),
  variantIsPreferred: (): Bilingual => ({
    id: 'sama dengan istilah yang benar, sehingga penulisan yang benar akan ditandai salah.',
    en: 'is the same as the preferred term, so the correct spelling would be flagged.',
  }),
  claimTooVague: (min: number): Bilingual => ({
    id: `terlalu umum: tulis klaim sebagai satu kalimat dengan paling sedikit ${min} kata bermakna, agar keterangan biasa dengan topik yang sama tidak ikut ditandai.`,
    en: `is too vague: state the claim as one sentence with at least ${min} meaningful words, so ordinary captions on the same topic are not flagged.`,
  }),
  template: (detail: string): Bilingual => ({
    id: `templat tidak sah: ${detail}`,
    en: `invalid template: ${detail}`,
  }),
} as const;

/** Prefixes a field-level reason with the field's path so the admin knows where to look. */
export const atField = (path: string, reason: string): string => (path ? `${path}: ${reason}` : reason);
