import type { TimeZoneName } from '../checks/types';
import { FIELD_TYPES } from './types';
import type { TemplateField } from './types';
import { plainError, VALUE_HINTS } from './errors';
import type { TemplateError } from './errors';
import { formatDate, formatTime, parseTime, resolveDate, toInputTime, toIsoDate } from './dates';
import type { FieldFormat } from './ast';

const FIELD_NAME = /^[a-z][a-z0-9_]*$/;

/** Checks the field declarations: names, types, labels, choice options and defaults. */
export function validateFields(fields: unknown): TemplateError[] {
  if (!Array.isArray(fields)) {
    return [plainError('bad-template', { reason: '"fields" harus berupa daftar', reasonEn: '"fields" must be a list' }, 'fields')];
  }
  const errors: TemplateError[] = [];
  const seen = new Set<string>();
  fields.forEach((raw: unknown, index) => {
    const field = raw as Partial<TemplateField> | null;
    const name = field && typeof field.name === 'string' ? field.name : '';
    const at = { name, index };
    if (!FIELD_NAME.test(name)) errors.push(plainError('bad-field-name', { name }, 'fields', at));
    if (seen.has(name)) errors.push(plainError('duplicate-field', { name }, 'fields', at));
    seen.add(name);
    if (!field) return;
    const type = field.type as string;
    if (!(FIELD_TYPES as readonly string[]).includes(type)) {
      errors.push(plainError('unknown-field-type', { name, type: String(type) }, 'fields', at));
      return;
    }
    if (!field.label || typeof field.label.id !== 'string' || !field.label.id.trim()) {
      errors.push(plainError('missing-label', { name }, 'fields', at));
    }
    errors.push(...checkOptions(field, at));
    if (field.default !== undefined) errors.push(...checkDefault(field, at));
  });
  return errors;
}

function checkOptions(field: Partial<TemplateField>, at: { name: string; index: number }): TemplateError[] {
  const options = field.options;
  const bad = (reason: string, reasonEn: string): TemplateError[] => [
    plainError('bad-choice-options', { name: at.name, reason, reasonEn }, 'fields', at),
  ];
  if (field.type !== 'choice') {
    return options === undefined ? [] : bad('hanya kolom pilihan (choice) yang punya pilihan', 'only choice fields have options');
  }
  if (!Array.isArray(options) || options.length < 2) {
    return bad('kolom pilihan perlu paling sedikit dua pilihan', 'a choice field needs at least two options');
  }
  if (options.some((o) => typeof o !== 'string' || !o.trim())) return bad('ada pilihan yang kosong', 'an option is empty');
  const lower = options.map((o) => o.trim().toLowerCase());
  if (new Set(lower).size !== lower.length) return bad('ada pilihan yang sama', 'two options are the same');
  return [];
}

function checkDefault(field: Partial<TemplateField>, at: { name: string; index: number }): TemplateError[] {
  const value = field.default;
  if (typeof value !== 'string') {
    return [plainError('bad-default', { name: at.name, value: String(value), hint: 'harus berupa teks.', hintEn: 'must be text.' }, 'fields', at)];
  }
  const hint = valueProblem(field as TemplateField, value);
  if (!hint) return [];
  return [plainError('bad-default', { name: at.name, value, hint: hint.id, hintEn: hint.en }, 'fields', at)];
}

/** Why a value does not fit its field (same rules for defaults and form values), or null. */
export function valueProblem(field: TemplateField, value: string): { id: string; en: string } | null {
  if (!value.trim()) return null;
  // Any fixed instant will do: only the shape of the value matters here.
  if (field.type === 'date' && !resolveDate(value, new Date(0), 'WIB')) return VALUE_HINTS.date;
  if (field.type === 'time' && !parseTime(value)) return VALUE_HINTS.time;
  if (field.type === 'choice' && !(field.options ?? []).some((o) => o.trim() === value.trim())) return VALUE_HINTS.choice;
  return null;
}

/** The value as the caption shows it, or null when the value cannot be read as its type. */
export function formatValue(
  field: TemplateField,
  value: string,
  format: FieldFormat | undefined,
  now: Date,
  zone: TimeZoneName,
): string | null {
  if (field.type === 'date') {
    const date = resolveDate(value, now, zone);
    if (!date) return null;
    return formatDate(date, format === 'hari' ? 'hari' : format === 'tanggal' ? 'tanggal' : 'lengkap');
  }
  if (field.type === 'time') {
    const time = parseTime(value);
    return time ? formatTime(time, zone, format === 'jam' ? 'jam' : 'lengkap') : null;
  }
  const text =
    field.type === 'paragraph'
      ? value.replace(/\r\n?/g, '\n').trim()
      : // A text or choice value sits inside a sentence: a pasted line break would split it.
        value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return format === 'kapital' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** The value a form starts with: relative dates become YYYY-MM-DD, times HH:MM (HTML inputs). */
export function initialValue(field: TemplateField, now: Date, zone: TimeZoneName): string {
  const value = typeof field.default === 'string' ? field.default : '';
  if (!value) return '';
  if (field.type === 'date') {
    const date = resolveDate(value, now, zone);
    return date ? toIsoDate(date) : '';
  }
  if (field.type === 'time') {
    const time = parseTime(value);
    return time ? toInputTime(time) : '';
  }
  if (field.type === 'choice') return valueProblem(field, value) ? '' : value;
  return value;
}
