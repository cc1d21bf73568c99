import { t, type MessageKey } from '../../lib/i18n';

/** A form problem as data (key and values), so tests can read it without a language. */
export interface Problem {
  key: MessageKey;
  subs?: string[];
}

/** Problems by form field name; the first problem per field is the one shown. */
export type Problems = Record<string, Problem>;

export function problemText(problem: Problem | undefined): string | undefined {
  return problem ? t(problem.key, ...(problem.subs ?? [])) : undefined;
}

export function hasProblems(problems: Problems): boolean {
  return Object.keys(problems).length > 0;
}

export type Converted<T> = { ok: true; item: T } | { ok: false; problems: Problems };

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
