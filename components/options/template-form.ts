/**
 * Template ↔ form. The form always converts (the live preview needs a template on every
 * keystroke); lib/templates' validateTemplate says what is wrong, with line and column.
 */
import { PLATFORMS, type LocalizedText, type Platform } from '../../lib/checks/types';
import type { FieldType, Template, TemplateField, TemplatePurpose, TemplateVariant } from '../../lib/templates/types';
import { joinLines, splitList } from './lists';

export interface FieldRow {
  name: string;
  type: FieldType;
  labelId: string;
  labelEn: string;
  default: string;
  required: boolean;
  /** Choice options, one a line. */
  options: string;
  example: string;
}

export interface VariantRow {
  ownBody: boolean;
  body: string;
  ownHashtags: boolean;
  hashtags: string;
}

export interface TemplateForm {
  id: string;
  titleId: string;
  titleEn: string;
  descriptionId: string;
  descriptionEn: string;
  category: string;
  purpose: TemplatePurpose;
  tags: string;
  fields: FieldRow[];
  body: string;
  hashtags: string;
  variants: Record<Platform, VariantRow>;
  expires: string;
}

const emptyVariant = (): VariantRow => ({ ownBody: false, body: '', ownHashtags: false, hashtags: '' });

export function emptyFieldRow(): FieldRow {
  return { name: '', type: 'text', labelId: '', labelEn: '', default: '', required: false, options: '', example: '' };
}

export function emptyTemplateForm(id = ''): TemplateForm {
  return {
    id,
    titleId: '',
    titleEn: '',
    descriptionId: '',
    descriptionEn: '',
    category: '',
    purpose: 'informatif',
    tags: '',
    fields: [],
    body: '',
    hashtags: '',
    variants: { instagram: emptyVariant(), facebook: emptyVariant(), tiktok: emptyVariant() },
    expires: '',
  };
}

function fieldToRow(f: TemplateField): FieldRow {
  return {
    name: f.name,
    type: f.type,
    labelId: f.label.id,
    labelEn: f.label.en ?? '',
    default: f.default ?? '',
    required: f.required === true,
    options: joinLines(f.options),
    example: f.example ?? '',
  };
}

export function templateToForm(t: Template): TemplateForm {
  const form = emptyTemplateForm(t.id);
  form.titleId = t.title.id;
  form.titleEn = t.title.en ?? '';
  form.descriptionId = t.description?.id ?? '';
  form.descriptionEn = t.description?.en ?? '';
  form.category = t.category;
  form.purpose = t.purpose;
  form.tags = joinLines(t.tags);
  form.fields = t.fields.map(fieldToRow);
  form.body = t.body;
  form.hashtags = t.hashtags ?? '';
  for (const platform of PLATFORMS) {
    const v = t.variants?.[platform];
    if (!v) continue;
    form.variants[platform] = {
      ownBody: v.body !== undefined,
      body: v.body ?? '',
      ownHashtags: v.hashtags !== undefined,
      hashtags: v.hashtags ?? '',
    };
  }
  form.expires = t.expires ?? '';
  return form;
}

function localized(id: string, en: string): LocalizedText {
  const text: LocalizedText = { id: id.trim() };
  if (en.trim()) text.en = en.trim();
  return text;
}

function rowToField(row: FieldRow): TemplateField {
  const field: TemplateField = { name: row.name.trim(), type: row.type, label: localized(row.labelId, row.labelEn) };
  if (row.default.trim()) field.default = row.default.trim();
  if (row.required) field.required = true;
  if (row.type === 'choice') field.options = splitList(row.options);
  if (row.example.trim()) field.example = row.example.trim();
  return field;
}

/** The template the form describes; bodies are kept exactly as typed (spacing is the content). */
export function formToTemplate(form: TemplateForm): Template {
  const template: Template = {
    id: form.id.trim(),
    title: localized(form.titleId, form.titleEn),
    category: form.category.trim(),
    purpose: form.purpose,
    fields: form.fields.map(rowToField),
    body: form.body,
  };
  if (form.descriptionId.trim()) template.description = localized(form.descriptionId, form.descriptionEn);
  const tags = splitList(form.tags);
  if (tags.length) template.tags = tags;
  if (form.hashtags) template.hashtags = form.hashtags;
  const variants: Partial<Record<Platform, TemplateVariant>> = {};
  for (const platform of PLATFORMS) {
    const row = form.variants[platform];
    const variant: TemplateVariant = {};
    if (row.ownBody) variant.body = row.body;
    if (row.ownHashtags) variant.hashtags = row.hashtags;
    if (row.ownBody || row.ownHashtags) variants[platform] = variant;
  }
  if (Object.keys(variants).length) template.variants = variants;
  if (form.expires) template.expires = form.expires;
  return template;
}
