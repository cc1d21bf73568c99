import { describe, expect, it } from 'vitest';
import { validateTemplate } from './validate';
import type { Template, TemplateField } from './types';

const base: Template = {
  id: 'uji-templat',
  title: { id: 'Uji', en: 'Test' },
  category: 'uji',
  purpose: 'informatif',
  fields: [
    { name: 'tanggal', type: 'date', label: { id: 'Tanggal' }, default: 'besok' },
    { name: 'label', type: 'choice', label: { id: 'Label' }, options: ['HOAKS', 'SALAH'], default: 'HOAKS' },
  ],
  body: '[{label}] {tanggal}',
  hashtags: '{profil.tagar}',
};

const withField = (field: unknown): Template => ({ ...base, fields: [...base.fields, field as TemplateField] });
const codes = (t: Template) => validateTemplate(t).map((e) => e.code);

describe('validateTemplate', () => {
  it('accepts a correct template', () => {
    expect(validateTemplate(base)).toEqual([]);
  });

  it.each([
    ['unknown field type', { name: 'x', type: 'number', label: { id: 'X' } }, 'unknown-field-type'],
    ['duplicate field', { name: 'tanggal', type: 'text', label: { id: 'Lagi' } }, 'duplicate-field'],
    ['bad field name', { name: 'Nama Lengkap', type: 'text', label: { id: 'Nama' } }, 'bad-field-name'],
    ['missing label', { name: 'x', type: 'text', label: { id: ' ' } }, 'missing-label'],
    ['choice with one option', { name: 'x', type: 'choice', label: { id: 'X' }, options: ['A'] }, 'bad-choice-options'],
    ['choice without options', { name: 'x', type: 'choice', label: { id: 'X' } }, 'bad-choice-options'],
    ['choice with an empty option', { name: 'x', type: 'choice', label: { id: 'X' }, options: ['A', ' '] }, 'bad-choice-options'],
    ['choice with the same option twice', { name: 'x', type: 'choice', label: { id: 'X' }, options: ['Ya', 'ya'] }, 'bad-choice-options'],
    ['options on a text field', { name: 'x', type: 'text', label: { id: 'X' }, options: ['A', 'B'] }, 'bad-choice-options'],
    ['date default that is not a date', { name: 'x', type: 'date', label: { id: 'X' }, default: 'minggu depan' }, 'bad-default'],
    ['impossible date default', { name: 'x', type: 'date', label: { id: 'X' }, default: '2023-02-29' }, 'bad-default'],
    ['time default out of range', { name: 'x', type: 'time', label: { id: 'X' }, default: '24.00' }, 'bad-default'],
    ['choice default not among the options', { name: 'x', type: 'choice', label: { id: 'X' }, options: ['A', 'B'], default: 'C' }, 'bad-default'],
    ['default that is not text', { name: 'x', type: 'text', label: { id: 'X' }, default: 5 }, 'bad-default'],
  ])('%s', (_what, field, code) => {
    const errors = validateTemplate(withField(field));
    expect(errors.map((e) => e.code)).toEqual([code]);
    expect(errors[0]?.part).toBe('fields');
    expect(errors[0]?.fieldIndex).toBe(2);
  });

  it.each([
    ['hashtags', { hashtags: '{profil.tagar} {tagar}' }, 'undeclared-field', 'hashtags'],
    ['an Instagram variant body', { variants: { instagram: { body: 'Ok\n{?tanggal}' } } }, 'unclosed-section', 'variants.instagram.body'],
    ['a TikTok variant hashtag block', { variants: { tiktok: { hashtags: '#A {profil.tagar' } } }, 'unclosed-field', 'variants.tiktok.hashtags'],
    ['a Facebook variant body', { variants: { facebook: { body: '{tanggal:jam}' } } }, 'bad-format', 'variants.facebook.body'],
  ])('checks %s and says which text the error is in', (_what, patch, code, part) => {
    const errors = validateTemplate({ ...base, ...patch } as Template);
    expect(errors.map((e) => [e.code, e.part])).toEqual([[code, part]]);
  });

  it('gives line and column inside the part the error is in', () => {
    const [error] = validateTemplate({ ...base, variants: { instagram: { body: 'Baris 1\nBaris 2 {lokasi}' } } });
    expect(error).toMatchObject({ code: 'undeclared-field', part: 'variants.instagram.body', line: 2, column: 9, start: 16, end: 24 });
  });

  it.each([
    ['an id with spaces', { id: 'Laporan Kegiatan' }],
    ['an empty title', { title: { id: '' } }],
    ['an unknown purpose', { purpose: 'kampanye' }],
    ['an empty body', { body: '  ' }],
    ['an empty category', { category: '' }],
    ['a variant for an unknown platform', { variants: { twitter: { body: 'x' } } }],
    ['a body that is not text', { body: 5 }],
    ['an expiry that is not a date', { expires: '31-12-2024' }],
  ])('rejects %s', (_what, patch) => {
    expect(codes({ ...base, ...patch } as unknown as Template)).toContain('bad-template');
  });

  it('does not throw on things that are not templates', () => {
    for (const junk of [null, undefined, 3, 'x', [], { fields: 'x' }]) {
      expect(validateTemplate(junk as unknown as Template).length).toBeGreaterThan(0);
    }
  });
});
