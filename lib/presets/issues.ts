/** Turns valibot's issues into messages an admin can act on: the field's path and why it is wrong. */
import type * as v from 'valibot';
import type { Lang } from '../checks/types';
import { atField, packMessages as m, say, type Bilingual } from './messages';
import { LIMITS } from './schema';
import type { PackError } from './types';

export function formatPath(keys: readonly unknown[]): string {
  return keys
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  boolean: { id: 'true atau false', en: 'true or false' },
  Object: { id: 'objek { … }', en: 'an object { … }' },
  Array: { id: 'daftar [ … ]', en: 'a list [ … ]' },
  null: { id: 'null', en: 'null' },
};

const clip = (text: string): string => (text.length > 40 ? `${text.slice(0, 37)}…` : text);

function typeName(lang: Lang, expected: string): string {
  const names = expected.split(' | ').map((part) => {
    const known = TYPE_NAMES[part];
    return known ? say(lang, known) : part;
  });
  return names.join(lang === 'id' ? ' atau ' : ' or ');
}

function requirementText(issue: v.BaseIssue<unknown>): string {
  const requirement: unknown = issue.requirement;
  return typeof requirement === 'number' ? String(requirement) : '';
}

function reason(issue: v.BaseIssue<unknown>): Bilingual {
  if (issue.kind === 'validation') {
    const max = Number(requirementText(issue)) || LIMITS.items;
    switch (issue.message) {
      case 'too-long': return m.tooLong(max);
      case 'too-many': return m.tooMany(max);
      case 'min': return m.min(requirementText(issue));
      case 'max': return m.max(requirementText(issue));
      case 'variant': return m.variantMatchesEverything();
      case 'no-variants': return m.noVariants();
      case 'field-name': return m.fieldName();
      case 'id': return m.id();
      case 'date': return m.date();
      case 'handle': return m.handle();
      case 'hashtag': return m.hashtag();
      case 'logo': return m.logo();
      case 'nip': return m.nip();
      case 'url': return m.url();
      case 'empty': return m.empty();
      case 'integer': return m.integer();
      case 'lock': return m.lock();
      default: return { id: issue.message, en: issue.message };
    }
  }
  if (issue.type === 'strict_object' && issue.expected === 'never') return m.unknownField();
  if (issue.received === 'undefined') return m.missing();
  if (issue.type === 'picklist' || issue.type === 'literal' || issue.type === 'variant') {
    return m.oneOf(issue.expected ?? '', clip(issue.received));
  }
  const expected = issue.expected ?? issue.type;
  // The expected type is named in each language, so the sentence is built once per language.
  return {
    id: m.wrongType(typeName('id', expected), clip(issue.received)).id,
    en: m.wrongType(typeName('en', expected), clip(issue.received)).en,
  };
}

/** At most this many errors are shown: a wholly wrong file would otherwise list thousands. */
export const MAX_ERRORS = 50;

export function issuesToErrors(issues: readonly v.BaseIssue<unknown>[], lang: Lang): PackError[] {
  return issues.slice(0, MAX_ERRORS).map((issue) => {
    const path = formatPath((issue.path ?? []).map((item) => item.key));
    return { path, message: atField(path, say(lang, reason(issue))) };
  });
}
