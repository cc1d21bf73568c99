/**
 * Reads a pack file someone else made. Everything in it is untrusted: the checks run cheapest
 * first (size, nesting, dangerous keys) so a hostile file is refused before it costs memory, and
 * strings are kept as plain text (HTML in a tagline stays the characters "<b>", never markup).
 */
import * as v from 'valibot';
import type { Lang } from '../checks/types';
import { issuesToErrors } from './issues';
import { packMessages as m, say, atField } from './messages';
import { packSchema } from './schema';
import { semanticErrors } from './semantic';
import { templateValidator, type TemplateValidator } from './template-validator';
import { PACK_FORMAT, PACK_VERSION, type Pack, type PackError, type ParseResult } from './types';

/** 5 MB: a province's full pack is well under 1 MB; more is a mistake or an attack. */
export const MAX_PACK_BYTES = 5_000_000;
/** A pack is at most about 7 levels deep; JSON nested deeper than this is not a pack. */
export const MAX_DEPTH = 32;
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParseOptions {
  /** Defaults to lib/templates' validator; tests pass their own. */
  validateTemplate?: TemplateValidator;
}

const fail = (path: string, message: string): ParseResult => ({
  ok: false,
  errors: [{ path, message: atField(path, message) }],
});

export function parsePack(input: string | unknown, lang: Lang, options: ParseOptions = {}): ParseResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    // Windows Notepad starts UTF-8 files with a byte-order mark, which JSON.parse refuses.
    const text = readText(input.replace(/^\uFEFF/, ''), lang);
    if (!text.ok) return text;
    data = text.value;
  }
  const shape = checkShape(data, lang);
  if (shape) return { ok: false, errors: [shape] };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('', say(lang, m.notObject()));
  const header = checkHeader(data as Record<string, unknown>, lang);
  if (header) return header;
  const parsed = v.safeParse(packSchema, data);
  if (!parsed.success) {
    // All the problems at once: the checks the schema cannot make (a date that does not exist)
    // run on what there is, instead of showing up only after every field error is fixed.
    return { ok: false, errors: unique([...issuesToErrors(parsed.issues, lang), ...lenientSemantic(data, lang, options)]) };
  }
  const pack: Pack = parsed.output;
  const errors = unique(semanticErrors(pack, lang, options.validateTemplate ?? templateValidator));
  return errors.length ? { ok: false, errors } : { ok: true, pack };
}

function unique(errors: readonly PackError[]): PackError[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(`${e.path}\u0000${e.message}`) && Boolean(seen.add(`${e.path}\u0000${e.message}`)));
}

/** Semantic checks on data the schema refused; whatever they cannot read is skipped. */
function lenientSemantic(data: unknown, lang: Lang, options: ParseOptions): PackError[] {
  try {
    return semanticErrors(data as Pack, lang, options.validateTemplate ?? templateValidator);
  } catch {
    return [];
  }
}

/** Line and column (from 1) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where JSON.parse stopped, in the admin's language: engines word the error differently (V8 says
 * "at position 42", some add "(line 3 column 5)", SpiderMonkey says "at line 3 column 5"), so the
 * position is read from any of them and the sentence is ours.
 */
function jsonSyntaxError(text: string, detail: string, lang: Lang): string {
  const lc = /line (\d+) column (\d+)/.exec(detail);
  const pos = /position (\d+)/.exec(detail);
  if (/end of (JSON|data) input|unexpected end/i.test(detail) && !pos) return say(lang, m.notJsonEnd());
  let where: { line: number; column: number } | null = null;
  let offset: number | null = null;
  if (pos) {
    offset = Number(pos[1]);
    where = lineColumn(text, offset);
  } else if (lc) where = { line: Number(lc[1]), column: Number(lc[2]) };
  if (!where) return say(lang, m.notJson(detail.slice(0, 120)));
  if (offset !== null && offset >= text.trimEnd().length) return say(lang, m.notJsonEnd());
  const near = offset !== null ? JSON.stringify(text.slice(offset, offset + 12).split('\n')[0] ?? '') : '';
  return say(lang, m.notJsonAt(where.line, where.column, near === '""' ? '' : near));
}

function readText(text: string, lang: Lang): { ok: true; value: unknown } | { ok: false; errors: PackError[] } {
  // A string longer than the cap in UTF-16 units is longer in bytes too: refuse without encoding it.
  const bytes = text.length > MAX_PACK_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_PACK_BYTES) return { ok: false, errors: [{ path: '', message: say(lang, m.tooLarge(bytes, MAX_PACK_BYTES)) }] };
  if (jsonDepth(text) > MAX_DEPTH) return { ok: false, errors: [{ path: '', message: say(lang, m.tooDeep(MAX_DEPTH)) }] };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: jsonSyntaxError(text, detail, lang) }] };
  }
}

/** Deepest bracket nesting in JSON text, counted before parsing so deep files never reach a parser. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Jump over the string to its closing quote: one not escaped by an odd run of backslashes.
      // Most of a big pack is string content, so this is where a 10,000-claim file spends its time.
      let j = i;
      for (;;) {
        j = text.indexOf('"', j + 1);
        if (j < 0) return deepest; // unterminated: JSON.parse says where
        let slashes = 0;
        while (text.charCodeAt(j - 1 - slashes) === 0x5c) slashes++;
        if (slashes % 2 === 0) break;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
    if (deepest > MAX_DEPTH) return deepest;
  }
  return deepest;
}

/** Walks already-parsed data (it may come from a caller, not from text) for depth and bad keys. */
function checkShape(data: unknown, lang: Lang): PackError | null {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: data, depth: 0, path: '' }];
  while (stack.length) {
    const { value, depth, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return { path, message: atField(path, say(lang, m.tooDeep(MAX_DEPTH))) };
    const array = Array.isArray(value);
    // Paths are built only where they are used (an error, or the first levels): a 10,000-claim pack
    // has some 100,000 nodes.
    const pathOf = (key: string) => (array ? `${path}[${key}]` : path ? `${path}.${key}` : key);
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const childPath = pathOf(key);
        return { path: childPath, message: atField(childPath, say(lang, m.forbiddenKey(key))) };
      }
      const child = (value as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null) continue;
      // Deep paths stop growing after a few levels: "description.child.child…" helps nobody.
      stack.push({ value: child, depth: depth + 1, path: depth < 3 ? pathOf(key) : path });
    }
  }
  return null;
}

/** Format and version first: a newer or foreign file should say so, not list fifty field errors. */
function checkHeader(data: Record<string, unknown>, lang: Lang): ParseResult | null {
  if (data.format !== PACK_FORMAT) {
    const got = data.format === undefined ? (lang === 'id' ? 'kosong' : 'missing') : JSON.stringify(data.format).slice(0, 40);
    return fail('format', say(lang, m.wrongFormat(got)));
  }
  const version = data.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > PACK_VERSION) {
    return fail('version', say(lang, m.newerVersion(version, PACK_VERSION)));
  }
  return null;
}
