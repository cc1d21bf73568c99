/**
 * UI strings. The messages live in public/_locales (the browser's own format, so the manifest and
 * store listing use them too) and are bundled here so the admin's language choice can differ from
 * the browser's, and switch without a reload.
 */
import { signal } from '@preact/signals';
import idMessages from '../../public/_locales/id/messages.json';
import enMessages from '../../public/_locales/en/messages.json';
import type { Lang } from '../checks/types';

interface ChromeMessage {
  message: string;
  description?: string;
}
type Catalog = Record<string, ChromeMessage>;

export type MessageKey = keyof typeof idMessages;

const CATALOGS: Record<Lang, Catalog> = { id: idMessages, en: enMessages };

/** The language the UI speaks now; every component re-renders when it changes. */
export const uiLang = signal<Lang>('id');

export type LangChoice = Lang | 'auto';

/** Indonesian by default; English when the browser speaks English, unless the admin chose. */
export function resolveLang(choice: LangChoice, browserLanguage: string | undefined): Lang {
  if (choice !== 'auto') return choice;
  return browserLanguage?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** A message with $1, $2 … replaced by the given values (as text, never markup). */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  return translate(uiLang.value, key, ...subs);
}

export function translate(lang: Lang, key: MessageKey, ...subs: Array<string | number>): string {
  const template = CATALOGS[lang][key]?.message ?? CATALOGS.id[key]?.message ?? key;
  return template.replace(/\$(\d)/g, (whole, digit: string) => {
    const value = subs[Number(digit) - 1];
    return value === undefined ? whole : String(value);
  });
}

/** Numbers the way each language writes them: 2.200 in Indonesian, 2,200 in English. */
export function formatNumber(value: number, lang: Lang = uiLang.value): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB').format(value);
}

export function catalogKeys(lang: Lang): string[] {
  return Object.keys(CATALOGS[lang]).sort();
}
