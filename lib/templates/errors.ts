import type { Lang, LocalizedText, Platform } from '../checks/types';

export const TEMPLATE_ERROR_CODES = [
  'unclosed-field',
  'stray-brace',
  'bad-reference',
  'unknown-profile-variable',
  'bad-format',
  'unclosed-section',
  'unexpected-section-end',
  'undeclared-field',
  'unknown-field-type',
  'bad-field-name',
  'duplicate-field',
  'missing-label',
  'bad-choice-options',
  'bad-default',
  'bad-template',
  'bad-value',
  'render-failed',
] as const;
export type TemplateErrorCode = (typeof TEMPLATE_ERROR_CODES)[number];

/** Which text of a template an error points into. */
export type TemplatePart =
  | 'source'
  | 'body'
  | 'hashtags'
  | `variants.${Platform}.body`
  | `variants.${Platform}.hashtags`
  | 'fields'
  | 'template'
  | 'values';

export interface TemplateError {
  code: TemplateErrorCode;
  message: LocalizedText;
  part: TemplatePart;
  /** For field declaration and value errors: the field's name (and index in Template.fields). */
  field?: string;
  fieldIndex?: number;
  /** UTF-16 offsets into the part's text; 0 when the part is not a text (fields, values). */
  start: number;
  end: number;
  /** 1-based; 0 when the part is not a text. */
  line: number;
  column: number;
}

type Params = Record<string, string>;

const MESSAGES: Record<TemplateErrorCode, (p: Params) => Required<LocalizedText>> = {
  'unclosed-field': () => ({
    id: 'Kurung kurawal "{" tidak ditutup dengan "}" pada baris yang sama. Tulis "{{" untuk kurung kurawal biasa.',
    en: 'The "{" is not closed by a "}" on the same line. Write "{{" for a literal brace.',
  }),
  'stray-brace': () => ({
    id: 'Ada "}" tanpa pasangan. Tulis "}}" untuk kurung kurawal biasa.',
    en: 'A "}" without its "{". Write "}}" for a literal brace.',
  }),
  'bad-reference': (p) => ({
    id: `"{${p.text}}" bukan nama kolom yang sah: pakai huruf kecil, angka, dan garis bawah, misalnya {nama_kegiatan}.`,
    en: `"{${p.text}}" is not a valid field name: use lower-case letters, digits and underscores, e.g. {nama_kegiatan}.`,
  }),
  'unknown-profile-variable': (p) => ({
    id: `Variabel profil "${p.name}" tidak dikenal. Yang tersedia: ${p.known}.`,
    en: `Unknown profile variable "${p.name}". Available: ${p.known}.`,
  }),
  'bad-format': (p) => ({
    id: `Format ":${p.format}" tidak berlaku untuk kolom "${p.name}". ${p.hint}`,
    en: `The format ":${p.format}" does not apply to the field "${p.name}". ${p.hintEn}`,
  }),
  'unclosed-section': (p) => ({
    id: `Bagian "{${p.tag}}" tidak ditutup. Tambahkan "{/${p.name}}" di akhir bagian itu.`,
    en: `The section "{${p.tag}}" is not closed. Add "{/${p.name}}" where it ends.`,
  }),
  'unexpected-section-end': (p) => ({
    id: `"{/${p.name}}" menutup bagian yang tidak dibuka${p.open ? `; bagian yang terbuka adalah "${p.open}"` : ''}.`,
    en: `"{/${p.name}}" closes a section that is not open${p.open ? `; the open section is "${p.open}"` : ''}.`,
  }),
  'undeclared-field': (p) => ({
    id: `Kolom "${p.name}" dipakai tetapi tidak dideklarasikan di daftar kolom.`,
    en: `The field "${p.name}" is used but not declared in the field list.`,
  }),
  'unknown-field-type': (p) => ({
    id: `Jenis kolom "${p.type}" pada "${p.name}" tidak dikenal. Pilih: text, paragraph, date, time, choice.`,
    en: `Unknown field type "${p.type}" on "${p.name}". Choose: text, paragraph, date, time, choice.`,
  }),
  'bad-field-name': (p) => ({
    id: `Nama kolom "${p.name}" tidak sah: pakai huruf kecil, angka, dan garis bawah, diawali huruf.`,
    en: `Invalid field name "${p.name}": use lower-case letters, digits and underscores, starting with a letter.`,
  }),
  'duplicate-field': (p) => ({
    id: `Kolom "${p.name}" dideklarasikan lebih dari sekali.`,
    en: `The field "${p.name}" is declared more than once.`,
  }),
  'missing-label': (p) => ({
    id: `Kolom "${p.name}" belum punya label bahasa Indonesia.`,
    en: `The field "${p.name}" has no Indonesian label.`,
  }),
  'bad-choice-options': (p) => ({
    id: `Pilihan kolom "${p.name}" tidak sah: ${p.reason}.`,
    en: `The options of the field "${p.name}" are invalid: ${p.reasonEn}.`,
  }),
  'bad-default': (p) => ({
    id: `Nilai bawaan "${p.value}" tidak cocok dengan kolom "${p.name}": ${p.hint}`,
    en: `The default "${p.value}" does not fit the field "${p.name}": ${p.hintEn}`,
  }),
  'bad-template': (p) => ({
    id: `Templat tidak sah: ${p.reason}.`,
    en: `Invalid template: ${p.reasonEn}.`,
  }),
  'bad-value': (p) => ({
    id: `Isian "${p.value}" tidak cocok dengan kolom "${p.name}": ${p.hint}`,
    en: `The value "${p.value}" does not fit the field "${p.name}": ${p.hintEn}`,
  }),
  'render-failed': () => ({
    id: 'Templat tidak dapat ditampilkan karena datanya rusak.',
    en: 'The template could not be rendered because its data is broken.',
  }),
};

/** Hints shared by defaults and values, so both say the same thing. */
export const VALUE_HINTS = {
  date: {
    id: 'isi tanggal (TTTT-BB-HH) atau "kemarin", "hari ini", "besok", "lusa".',
    en: 'give a date (YYYY-MM-DD) or "kemarin", "hari ini", "besok", "lusa".',
  },
  time: { id: 'isi jam seperti 08.00 atau 08:00.', en: 'give a time such as 08.00 or 08:00.' },
  choice: { id: 'pilih salah satu pilihan yang tersedia.', en: 'pick one of the options.' },
} as const;

/** Converts a UTF-16 offset into a 1-based line and column (column counted in UTF-16 units). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function textError(
  code: TemplateErrorCode,
  params: Params,
  source: string,
  start: number,
  end: number,
): TemplateError {
  return { code, message: MESSAGES[code](params), part: 'source', start, end, ...lineColumn(source, start) };
}

export function plainError(
  code: TemplateErrorCode,
  params: Params,
  part: TemplatePart,
  field?: { name: string; index?: number },
): TemplateError {
  const error: TemplateError = { code, message: MESSAGES[code](params), part, start: 0, end: 0, line: 0, column: 0 };
  if (field) {
    error.field = field.name;
    if (field.index !== undefined) error.fieldIndex = field.index;
  }
  return error;
}

export function errorMessage(error: TemplateError, lang: Lang): string {
  return lang === 'en' ? (error.message.en ?? error.message.id) : error.message.id;
}
