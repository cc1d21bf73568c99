/**
 * UI strings for extension pages and tests: the catalogs in public/_locales (the browser's own
 * format, so the manifest and store listing use them too), bundled so the admin's language choice
 * can differ from the browser's and switch without a reload.
 */
import idMessages from '../../public/_locales/id/messages.json';
import enMessages from '../../public/_locales/en/messages.json';
import type { Lang } from '../checks/types';
import { addMessages, templateLookup } from './core';

export * from './core';

interface ChromeMessage {
  message: string;
  description?: string;
}
type Catalog = Record<string, ChromeMessage>;

const CATALOGS: Record<Lang, Catalog> = { id: idMessages, en: enMessages };

function templates(catalog: Catalog): Record<string, string> {
  return Object.fromEntries(Object.entries(catalog).map(([key, value]) => [key, value.message]));
}

addMessages('id', templateLookup(templates(CATALOGS.id)));
addMessages('en', templateLookup(templates(CATALOGS.en)));

export function catalogKeys(lang: Lang): string[] {
  return Object.keys(CATALOGS[lang]).sort();
}

/** Keys that only extension pages use (options, practice, journal): the panel never needs them. */
const PAGE_KEY = /^(opt|prac|jrn|wel)[A-Z]/;

/** The strings the in-page panel needs, in one language, for the background to send with the preset. */
export function panelMessages(lang: Lang): Record<string, string> {
  return Object.fromEntries(
    Object.entries(CATALOGS[lang])
      .filter(([key]) => !PAGE_KEY.test(key))
      .map(([key, value]) => [key, value.message]),
  );
}
