import { describe, expect, it } from 'vitest';
import { catalogKeys, formatNumber, resolveLang, translate } from './index';

describe('locales', () => {
  it('Indonesian and English hold exactly the same keys', () => {
    expect(catalogKeys('en')).toEqual(catalogKeys('id'));
  });

  it('every message keeps its $n placeholders in both languages', () => {
    for (const key of catalogKeys('id')) {
      const holes = (lang: 'id' | 'en') =>
        (translate(lang, key as never).match(/\$\d/g) ?? []).sort().join();
      expect(holes('en'), key).toBe(holes('id'));
    }
  });
});

describe('translate', () => {
  it('substitutes values as plain text', () => {
    expect(translate('id', 'charCountLabel', 12, '2.200')).toBe('12 dari 2.200 karakter');
    expect(translate('en', 'charCountLabel', '<b>1</b>', 5)).toBe('<b>1</b> of 5 characters');
  });
});

describe('resolveLang', () => {
  it('speaks Indonesian unless the browser speaks English or the admin chose', () => {
    expect(resolveLang('auto', 'id-ID')).toBe('id');
    expect(resolveLang('auto', 'en-US')).toBe('en');
    expect(resolveLang('auto', undefined)).toBe('id');
    expect(resolveLang('id', 'en-US')).toBe('id');
    expect(resolveLang('en', 'id')).toBe('en');
  });
});

describe('formatNumber', () => {
  it('groups thousands per language', () => {
    expect(formatNumber(63206, 'id')).toBe('63.206');
    expect(formatNumber(63206, 'en')).toBe('63,206');
  });
});

describe('panelMessages', () => {
  it('holds every panel key and no page key, in each language', async () => {
    const { panelMessages } = await import('./index');
    const id = panelMessages('id');
    expect(id.findingsHeading).toBe('Temuan');
    expect(panelMessages('en').findingsHeading).toBe('Findings');
    expect(Object.keys(id).some((k) => /^(opt|prac|jrn)[A-Z]/.test(k))).toBe(false);
    expect(Object.keys(panelMessages('en')).sort()).toEqual(Object.keys(id).sort());
  });
});

describe('message sources', () => {
  it('asks the newest source first and falls back to Indonesian, then to the key', async () => {
    const { addMessages, templateLookup, translate } = await import('./core');
    addMessages('en', templateLookup({ charCount: 'Chars ($1)' }));
    expect(translate('en', 'charCount', 3)).toBe('Chars (3)');
    expect(translate('en', 'findingsHeading')).toBe('Findings');
    expect(translate('id', 'noSuchKey' as never)).toBe('noSuchKey');
  });
});

describe('one language for every page', () => {
  it('takes the first of the preferred languages Saring speaks', () => {
    expect(resolveLang('auto', ['id-ID', 'en-US'])).toBe('id');
    expect(resolveLang('auto', ['de-DE', 'en-GB', 'id'])).toBe('en');
    expect(resolveLang('auto', ['jv', 'id'])).toBe('id');
    expect(resolveLang('auto', ['fr'])).toBe('id');
    expect(resolveLang('auto', [])).toBe('id');
    expect(resolveLang('en', ['id-ID'])).toBe('en');
  });
});
