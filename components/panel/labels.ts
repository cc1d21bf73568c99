import type { Category, Platform, Severity } from '../../lib/checks/types';
import type { MessageKey } from '../../lib/i18n/core';

export const CATEGORY_LABELS: Record<Category, MessageKey> = {
  hashtag: 'catHashtag',
  branding: 'catBranding',
  spelling: 'catSpelling',
  hoax: 'catHoax',
  'personal-data': 'catPersonalData',
  sensitive: 'catSensitive',
  length: 'catLength',
  link: 'catLink',
  mention: 'catMention',
};

export const PLATFORM_LABELS: Record<Platform, MessageKey> = {
  instagram: 'platformInstagram',
  facebook: 'platformFacebook',
  tiktok: 'platformTiktok',
};

export const SEVERITY_LABELS: Record<Severity, MessageKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/**
 * A template category as words: the built-in slugs have names in both languages, a pack's own
 * slug reads as its words ("layanan-keliling" → "Layanan keliling").
 */
export function categoryName(slug: string, translate: (key: MessageKey) => string): string {
  const key = `tplCat${slug.split(/[-_]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}` as MessageKey;
  const named = translate(key);
  if (named !== key) return named;
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const PURPOSE_LABELS: Record<'informatif' | 'edukatif' | 'promotif', MessageKey> = {
  informatif: 'purposeInformatif',
  edukatif: 'purposeEdukatif',
  promotif: 'purposePromotif',
};

export const FIELD_TYPE_LABELS: Record<'text' | 'paragraph' | 'date' | 'time' | 'choice', MessageKey> = {
  text: 'fieldTypeText',
  paragraph: 'fieldTypeParagraph',
  date: 'fieldTypeDate',
  time: 'fieldTypeTime',
  choice: 'fieldTypeChoice',
};
