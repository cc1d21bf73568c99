import { PLATFORMS } from '../checks/types';
import { TEMPLATE_PURPOSES } from './types';
import type { Template } from './types';
import { plainError } from './errors';
import type { TemplateError, TemplatePart } from './errors';
import { validateFields } from './fields';
import { parseText } from './parse';
import { checkDeclarations } from './declarations';
import { parseIsoDate } from './dates';

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Every problem of a template: its metadata, its fields, its body, hashtags and each variant. */
export function validateTemplate(t: Template): TemplateError[] {
  if (!t || typeof t !== 'object') {
    return [plainError('bad-template', { reason: 'bukan objek templat', reasonEn: 'not a template object' }, 'template')];
  }
  const errors: TemplateError[] = [...checkMetadata(t), ...validateFields(t.fields)];
  const fields = Array.isArray(t.fields) ? t.fields : [];
  const texts: { part: TemplatePart; text: unknown }[] = [
    { part: 'body', text: t.body },
    { part: 'hashtags', text: t.hashtags },
  ];
  const variants: Record<string, unknown> = t.variants && typeof t.variants === 'object' ? t.variants : {};
  for (const [platform, variant] of Object.entries(variants)) {
    if (!(PLATFORMS as readonly string[]).includes(platform)) {
      errors.push(bad(`varian untuk platform "${platform}" yang tidak dikenal`, `a variant for the unknown platform "${platform}"`));
      continue;
    }
    const v = (variant ?? {}) as { body?: unknown; hashtags?: unknown };
    texts.push({ part: `variants.${platform}.body` as TemplatePart, text: v.body });
    texts.push({ part: `variants.${platform}.hashtags` as TemplatePart, text: v.hashtags });
  }
  for (const { part, text } of texts) {
    if (text === undefined) continue;
    if (typeof text !== 'string') {
      errors.push(bad(`"${part}" harus berupa teks`, `"${part}" must be text`));
      continue;
    }
    const { ast, errors: syntax } = parseText(text);
    errors.push(...[...syntax, ...checkDeclarations(ast, fields, text)].map((e) => ({ ...e, part })));
  }
  return errors;
}

function checkMetadata(t: Template): TemplateError[] {
  const errors: TemplateError[] = [];
  if (typeof t.id !== 'string' || !ID.test(t.id)) {
    errors.push(bad('"id" harus huruf kecil, angka, dan tanda hubung', '"id" must be lower-case letters, digits and hyphens'));
  }
  if (!t.title || typeof t.title.id !== 'string' || !t.title.id.trim()) {
    errors.push(bad('judul bahasa Indonesia ("title.id") kosong', 'the Indonesian title ("title.id") is empty'));
  }
  if (typeof t.category !== 'string' || !t.category.trim()) errors.push(bad('"category" kosong', '"category" is empty'));
  if (!(TEMPLATE_PURPOSES as readonly string[]).includes(t.purpose)) {
    errors.push(bad('"purpose" harus informatif, edukatif, atau promotif', '"purpose" must be informatif, edukatif or promotif'));
  }
  if (typeof t.body !== 'string' || !t.body.trim()) errors.push(bad('isi templat ("body") kosong', 'the body is empty'));
  if (t.expires !== undefined && (typeof t.expires !== 'string' || !parseIsoDate(t.expires))) {
    errors.push(bad('"expires" harus tanggal TTTT-BB-HH', '"expires" must be a YYYY-MM-DD date'));
  }
  return errors;
}

function bad(reason: string, reasonEn: string): TemplateError {
  return plainError('bad-template', { reason, reasonEn }, 'template');
}
