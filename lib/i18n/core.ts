/**
 * UI strings without the catalogs. Pages register the bundled catalogs (./index.ts); the content
 * script registers the browser's own i18n and the panel strings the background sends, so it does
 * not carry every page's strings in both languages.
 */
// signals-core: the same signal the UI reads, without pulling Preact into the background.
import { signal } from '@preact/signals-core';
import type { Lang, LocalizedText } from '../checks/types';
import type idMessages from '../../public/_locales/id/messages.json';

export type MessageKey = keyof typeof idMessages;

/** Returns the message with $1… already filled in, or undefined when it does not know the key. */
export type MessageLookup = (key: string, subs: string[]) => string | undefined;

const sources: Record<Lang, MessageLookup[]> = { id: [], en: [] };

/** Adds a source of messages for a language; the latest one added is asked first. */
export function addMessages(lang: Lang, lookup: MessageLookup): void {
  sources[lang].unshift(lookup);
}

/** A lookup over a catalog of templates (`{ key: "… $1 …" }`). */
export function templateLookup(templates: Readonly<Record<string, string>>): MessageLookup {
  return (key, subs) => {
    const template = Object.hasOwn(templates, key) ? templates[key] : undefined;
    if (template === undefined) return undefined;
    return template.replace(/\$(\d)/g, (whole, digit: string) => subs[Number(digit) - 1] ?? whole);
  };
}

/** The language the UI speaks now; every component re-renders when it changes. */
export const uiLang = signal<Lang>('id');

export type LangChoice = Lang | 'auto';

/**
 * The one language setting of every page and panel: the admin's choice, else the first of the
 * browser's preferred languages that Saring speaks (Indonesian when it prefers Indonesian or
 * neither), so a browser never shows two languages.
 */
export function resolveLang(choice: LangChoice, browserLanguages: string | readonly string[] | undefined): Lang {
  if (choice !== 'auto') return choice;
  const preferred = typeof browserLanguages === 'string' ? [browserLanguages] : browserLanguages ?? [];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'id' || base === 'in') return 'id';
    if (base === 'en') return 'en';
  }
  return 'id';
}

/** A message with $1, $2 … replaced by the given values (as text, never markup). */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  return translate(uiLang.value, key, ...subs);
}

function find(lookups: readonly MessageLookup[], key: string, subs: string[]): string | undefined {
  for (const lookup of lookups) {
    const found = lookup(key, subs);
    if (found) return found;
  }
  return undefined;
}

export function translate(lang: Lang, key: MessageKey, ...subs: Array<string | number>): string {
  const values = subs.map(String);
  return find(sources[lang], key, values) ?? (lang === 'id' ? undefined : find(sources.id, key, values)) ?? key;
}

/**
 * Text that arrives in both languages as data (a pack's titles, a rule's description, an error a
 * library returns): the English side when the UI speaks English and it has one, else Indonesian.
 * UI strings themselves come from the catalogs through t().
 */
export function localized(text: LocalizedText, lang: Lang = uiLang.value): string {
  return (lang === 'en' ? text.en : undefined) ?? text.id;
}

/** The locale tag for Intl and toLocale…String: id-ID, or en-GB (day before month, as Indonesians read dates). */
export function localeTag(lang: Lang = uiLang.value): string {
  return lang === 'id' ? 'id-ID' : 'en-GB';
}

/** Numbers the way each language writes them: 2.200 in Indonesian, 2,200 in English. */
export function formatNumber(value: number, lang: Lang = uiLang.value): string {
  return new Intl.NumberFormat(localeTag(lang)).format(value);
}
