/**
 * Each rule's name as a civil servant reads it, in the UI and the report (ids stay in code, packs
 * and the CLI's JSON). rule-names.test.ts fails when a registered rule has none.
 */
import type { Lang, LocalizedText } from './types';

export const RULE_NAMES: Readonly<Record<string, LocalizedText>> = {
  'hashtag-limit': { id: 'Jumlah tagar', en: 'Number of hashtags' },
  'hashtag-malformed': { id: 'Tagar rusak', en: 'Broken hashtags' },
  'hashtag-duplicate': { id: 'Tagar ganda', en: 'Repeated hashtags' },
  'hashtag-required': { id: 'Tagar wajib', en: 'Required hashtags' },
  'hashtag-forbidden': { id: 'Tagar terlarang', en: 'Forbidden hashtags' },
  'hashtag-recommended': { id: 'Tagar yang dianjurkan', en: 'Recommended hashtags' },
  'glossary-term': { id: 'Istilah resmi', en: 'Official terms' },
  'brand-handle': { id: 'Akun instansi', en: "The institution's account" },
  'brand-tagline': { id: 'Slogan instansi', en: "The institution's tagline" },
  'brand-short-name': { id: 'Nama singkat instansi', en: "The institution's short name" },
  spelling: { id: 'Ejaan baku', en: 'Standard spelling' },
  'spelling-bound-form': { id: 'Bentuk terikat', en: 'Bound forms' },
  'hoax-signs': { id: 'Ciri hoaks', en: 'Hoax signs' },
  'personal-nik': { id: 'NIK atau nomor KK warga', en: "A citizen's NIK or family card number" },
  'personal-phone': { id: 'Nomor ponsel pribadi', en: 'Personal phone numbers' },
  'personal-email': { id: 'Surel pribadi', en: 'Personal e-mail addresses' },
  sara: { id: 'SARA', en: 'Ethnic, religious and group hostility (SARA)' },
  'election-neutrality': { id: 'Netralitas ASN', en: 'Civil-servant neutrality' },
  'caption-length': { id: 'Panjang keterangan', en: 'Caption length' },
  'first-line-fold': { id: 'Paragraf pertama terpotong', en: 'First paragraph cut off' },
  'link-not-clickable': { id: 'Tautan yang tidak bisa diklik', en: 'Links that cannot be clicked' },
  'link-shortener': { id: 'Tautan pendek', en: 'Shortened links' },
  'spelling-chat': { id: 'Singkatan obrolan', en: 'Chat abbreviations' },
  'spelling-preposition': { id: 'Kata depan di dan ke', en: 'The prepositions di and ke' },
  'spelling-particle': { id: 'Partikel -nya, -lah, -kah dan pun', en: 'The particles -nya, -lah, -kah and pun' },
  'spelling-capital': { id: 'Huruf kapital nama hari dan bulan', en: 'Capitals for days and months' },
  'spelling-number': { id: 'Penulisan angka, rupiah dan jam', en: 'Numbers, rupiah and times' },
  'spelling-unknown': { id: 'Kata yang tidak dikenal', en: 'Unknown words' },
  'hoax-claim': { id: 'Klaim yang sudah dibantah', en: 'Debunked claims' },
  'caption-filename': { id: 'Nama berkas sebagai keterangan', en: 'A file name as the caption' },
  'personal-data-request': { id: 'Meminta data pribadi di tempat umum', en: 'Asking for personal data in public' },
  'personal-address': { id: 'Alamat rumah warga', en: "A citizen's home address" },
  'personal-bank-account': { id: 'Nomor rekening pribadi', en: 'Personal bank account numbers' },
  'personal-child': { id: 'Data anak', en: "Children's data" },
  'mention-limit': { id: 'Jumlah sebutan akun', en: 'Number of mentions' },
  'mention-malformed': { id: 'Sebutan akun rusak', en: 'Broken mentions' },
};

/** The rule's name; a rule this version does not know (from a newer pack) keeps its id. */
export function ruleName(ruleId: string, lang: Lang): string {
  const name = Object.hasOwn(RULE_NAMES, ruleId) ? RULE_NAMES[ruleId] : undefined;
  return name?.[lang] ?? name?.id ?? ruleId;
}
