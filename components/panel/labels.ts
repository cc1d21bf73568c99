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
