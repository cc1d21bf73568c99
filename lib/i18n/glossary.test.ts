import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_LABEL_KEYS, SITE_LABEL_PHRASES, UI_GLOSSARY } from './glossary';

const catalog = JSON.parse(readFileSync(new URL('../../public/_locales/id/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;

/** The message as words: lock paths and other code (a/b, <id>, $1) and the sites' own labels left out. */
function words(message: string): string {
  let text = message;
  for (const phrase of SITE_LABEL_PHRASES) text = text.split(phrase).join(' ');
  return text.replace(/\S*[/<>{}]\S*/g, ' ').replace(/\$\d/g, ' ');
}

describe('the Indonesian catalogue speaks the UI glossary', () => {
  it.each(UI_GLOSSARY.map((term) => [term.concept, term] as const))('%s: only "%s"', (_concept, term) => {
    const offending = Object.entries(catalog)
      .filter(([key]) => !SITE_LABEL_KEYS.has(key))
      .flatMap(([key, { message }]) =>
        term.avoid.filter((word) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(words(message))).map((word) => `${key}: "${word}" in "${message}"`),
      );
    expect(offending).toEqual([]);
  });

  it('the test notices a drifted word', () => {
    expect(new RegExp('(^|[^\\p{L}])browser($|[^\\p{L}])', 'iu').test(words('Browser akan meminta izin'))).toBe(true);
    expect(words('profiles/<id>/hashtags/required')).not.toMatch(/hashtag/);
  });
});
