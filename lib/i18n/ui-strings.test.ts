import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localized, translate } from './index';

/**
 * UI strings only through the catalogs (public/_locales): the UI code never picks a language
 * itself. Bilingual data (a pack's titles, a rule's description) goes through localized().
 */
const ROOT = new URL('../../', import.meta.url).pathname;
const UI_FOLDERS = ['components', 'entrypoints'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** `lang === 'en' ? …` (either side, any spelling of the variable, across lines). */
const EN_TERNARY = /(?:===|!==)\s*['"`]en['"`]\s*\?|['"`]en['"`]\s*(?:===|!==)\s*[\w.]+\s*\?/;
/** `lang === 'id' ? 'Teks' : …`: a language test choosing text (locale tags like 'id-ID' aside). */
const ID_TERNARY = /(?:===|!==)\s*['"`]id['"`]\s*\?\s*(['"`])(?![a-z]{2}-[A-Z]{2}\1)/;
/** `{ id: 'Teks', en: 'Text' }` or `{ en: …, id: … }`: UI text written as an object in the code. */
const TEXT_OBJECT = /\{\s*id\s*:\s*(['"`])[^'"`]*\1\s*,\s*en\s*:|\{\s*en\s*:\s*(['"`])[^'"`]*\2\s*,\s*id\s*:/;

function offenders(code: string): string[] {
  return [EN_TERNARY, ID_TERNARY, TEXT_OBJECT].flatMap((pattern) => {
    const match = pattern.exec(code);
    return match ? [match[0]] : [];
  });
}

describe('UI strings come from the catalogs', () => {
  const files = UI_FOLDERS.flatMap((folder) => sources(join(ROOT, folder)));

  it('finds the UI code to look at', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('no component or entrypoint picks a language with a ternary or writes {id, en} text', () => {
    const found = files.flatMap((file) => offenders(readFileSync(file, 'utf8')).map((hit) => `${relative(ROOT, file)}: ${hit}`));
    expect(found).toEqual([]);
  });

  it('the check notices each way of writing UI text in code', () => {
    expect(offenders(`<p>{lang === 'en' ? 'Text' : 'Teks'}</p>`)).toHaveLength(1);
    expect(offenders(`const hint =\n  uiLang.value === "en"\n    ? 'Allow access'\n    : 'Izinkan akses';`)).toHaveLength(1);
    expect(offenders(`'en' === lang ? a : b`)).toHaveLength(1);
    expect(offenders(`lang !== 'en' ? 'Teks' : 'Text'`)).toHaveLength(1);
    expect(offenders(`lang === 'id' ? 'Teks' : 'Text'`)).toHaveLength(1);
    expect(offenders(`const label = { id: 'Simpan', en: 'Save' };`)).toHaveLength(1);
    expect(offenders(`const label = {\n  en: \`Save\`,\n  id: \`Simpan\`,\n};`)).toHaveLength(1);
    // Not UI text: a locale tag for Intl, a list item with an id, a catalogue lookup.
    expect(offenders(`new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB')`)).toEqual([]);
    expect(offenders(`{ id: 'counters', title: 'pracTourCountersTitle' }`)).toEqual([]);
    expect(offenders(`t('optSubscriptionNoAccess')`)).toEqual([]);
  });
});

describe('localized picks bilingual data text', () => {
  it('English when the UI speaks English and the text has it, else Indonesian', () => {
    expect(localized({ id: 'Teks', en: 'Text' }, 'en')).toBe('Text');
    expect(localized({ id: 'Teks', en: 'Text' }, 'id')).toBe('Teks');
    expect(localized({ id: 'Teks' }, 'en')).toBe('Teks');
  });

  it('the background hint for a refused subscription address speaks both languages', () => {
    expect(translate('id', 'optSubscriptionNoAccess')).toMatch(/peramban/);
    expect(translate('en', 'optSubscriptionNoAccess')).toMatch(/browser asks/);
  });
});
