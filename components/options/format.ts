import type { Lang } from '../../lib/checks/types';

/** A pack's date ("2026-11-01" or a date-time) the way the UI language writes dates. */
export function formatDate(value: string | undefined, lang: Lang): string {
  if (!value) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  // A bare date is a calendar day, not midnight UTC: format it in UTC so it never shifts a day.
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  return dateOnly
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date)
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
