import { describe, expect, it } from 'vitest';
import type { Template } from '../../lib/templates/types';
import { emptyTemplateForm, formToTemplate, templateToForm } from './template-form';

const full: Template = {
  id: 'laporan-kegiatan',
  title: { id: 'Laporan kegiatan', en: 'Activity report' },
  description: { id: 'Untuk kegiatan pimpinan' },
  category: 'laporan-kegiatan',
  purpose: 'informatif',
  tags: ['kegiatan', 'pimpinan'],
  fields: [
    { name: 'kegiatan', type: 'text', label: { id: 'Nama kegiatan', en: 'Activity' }, required: true, example: 'Rapat koordinasi' },
    { name: 'tanggal', type: 'date', label: { id: 'Tanggal' }, default: 'hari ini' },
    { name: 'sifat', type: 'choice', label: { id: 'Sifat' }, options: ['terbuka', 'tertutup'] },
  ],
  body: '{kegiatan} pada {tanggal}.\n\n',
  hashtags: '#{profil.tagar}',
  variants: { tiktok: { body: '{kegiatan}' }, facebook: { hashtags: '' } },
  expires: '2027-01-01',
};

describe('template form', () => {
  it('round-trips a full template, bodies exactly as written', () => {
    expect(formToTemplate(templateToForm(full))).toEqual(full);
  });

  it('keeps an empty variant hashtag block (no hashtags on that platform)', () => {
    const form = templateToForm(full);
    expect(form.variants.facebook).toEqual({ ownBody: false, body: '', ownHashtags: true, hashtags: '' });
  });

  it('leaves out what the form leaves empty and options of non-choice fields', () => {
    const form = emptyTemplateForm('t1');
    form.titleId = ' Imbauan ';
    form.category = 'imbauan';
    form.body = 'Halo';
    form.fields = [{ name: 'x', type: 'text', labelId: 'X', labelEn: '', default: '', required: false, options: 'a\nb', example: '' }];
    expect(formToTemplate(form)).toEqual({
      id: 't1',
      title: { id: 'Imbauan' },
      category: 'imbauan',
      purpose: 'informatif',
      fields: [{ name: 'x', type: 'text', label: { id: 'X' } }],
      body: 'Halo',
    });
  });
});
