import type { TemplateField } from './types';
import { FIELD_FORMATS, PROFILE_VARIABLES } from './ast';
import { checkDeclarations } from './declarations';
import type { FieldFormat, ProfileVariable, Reference, SectionNode, TemplateNode } from './ast';
import { textError } from './errors';
import type { TemplateError } from './errors';
import { validateFields } from './fields';

export interface ParseResult {
  ast: TemplateNode[];
  errors: TemplateError[];
}

const NAME = /^[a-z][a-z0-9_]*$/;

interface OpenSection {
  node: SectionNode;
  tag: string;
  label: string;
}

/**
 * Parses a template text. Only "{" and "}" are special, so one escape rule covers everything:
 * "{{" and "}}" are literal braces. The parser always returns a usable tree: a broken tag stays as
 * literal text and an unclosed section runs to the end, so a preview can still be shown beside the
 * errors. With `fields`, the declarations are checked too and undeclared references are reported.
 */
export function parseTemplate(source: string, fields?: readonly TemplateField[]): ParseResult {
  const text = typeof source === 'string' ? source : '';
  const { ast, errors } = parseText(text);
  if (fields) errors.push(...checkDeclarations(ast, fields, text), ...validateFields(fields));
  return { ast, errors };
}

/** The syntax alone, without looking at declarations. */
export function parseText(text: string): ParseResult {
  const errors: TemplateError[] = [];
  const root: TemplateNode[] = [];
  const stack: OpenSection[] = [];
  let buffer = '';
  let bufferStart = 0;
  let i = 0;

  const current = (): TemplateNode[] => stack[stack.length - 1]?.node.children ?? root;
  const flush = (at: number): void => {
    if (buffer) current().push({ kind: 'text', value: buffer, start: bufferStart, end: at });
    buffer = '';
    bufferStart = at;
  };
  const literal = (value: string, at: number): void => {
    if (!buffer) bufferStart = at;
    buffer += value;
  };

  while (i < text.length) {
    const ch = text[i];
    if (ch === '}') {
      if (text[i + 1] === '}') {
        literal('}', i);
        i += 2;
        continue;
      }
      errors.push(textError('stray-brace', {}, text, i, i + 1));
      literal('}', i);
      i++;
      continue;
    }
    if (ch !== '{') {
      literal(ch ?? '', i);
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      literal('{', i);
      i += 2;
      continue;
    }
    const close = findClose(text, i + 1);
    if (close < 0) {
      const lineEnd = text.indexOf('\n', i);
      errors.push(textError('unclosed-field', {}, text, i, lineEnd < 0 ? text.length : lineEnd));
      literal('{', i);
      i++;
      continue;
    }
    const start = i;
    const end = close + 1;
    const inner = text.slice(i + 1, close).trim();
    const sigil = inner[0];
    if (sigil === '?' || sigil === '!' || sigil === '/') {
      const ref = readReference(inner.slice(1).trim(), text, start, end, errors);
      if (!ref) {
        literal(text.slice(start, end), start);
        i = end;
        continue;
      }
      const span = standaloneSpan(text, start, end);
      if (span) buffer = buffer.slice(0, Math.max(0, buffer.length - (start - span.start)));
      flush(span ? span.start : start);
      const tagEnd = span ? span.end : end;
      if (sigil === '/') closeSection(ref, inner, text, start, end, stack, errors);
      else {
        const node: SectionNode = { kind: 'section', ref, negated: sigil === '!', children: [], start, end };
        current().push(node);
        stack.push({ node, tag: inner, label: refLabel(ref) });
      }
      i = tagEnd;
      bufferStart = tagEnd;
      continue;
    }
    const [namePart = '', formatPart] = splitFormat(inner);
    const ref = readReference(namePart, text, start, end, errors);
    if (!ref) {
      literal(text.slice(start, end), start);
      i = end;
      continue;
    }
    const format = readFormat(ref, formatPart, text, start, end, errors);
    flush(start);
    current().push(format ? { kind: 'value', ref, format, start, end } : { kind: 'value', ref, start, end });
    i = end;
    bufferStart = end;
  }
  flush(text.length);
  for (const open of stack) {
    errors.push(
      textError('unclosed-section', { tag: open.tag, name: open.label }, text, open.node.start, open.node.end),
    );
    open.node.end = text.length;
  }
  return { ast: root, errors };
}

/** The closing "}" of a tag, which must be on the same line (a template is edited line by line). */
function findClose(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '}') return j;
    if (c === '\n' || c === '{') return -1;
  }
  return -1;
}

function splitFormat(inner: string): [string, string | undefined] {
  const colon = inner.indexOf(':');
  if (colon < 0) return [inner, undefined];
  return [inner.slice(0, colon).trim(), inner.slice(colon + 1).trim()];
}

function readReference(
  name: string,
  text: string,
  start: number,
  end: number,
  errors: TemplateError[],
): Reference | null {
  if (name.startsWith('profil.')) {
    const variable = name.slice('profil.'.length);
    if ((PROFILE_VARIABLES as readonly string[]).includes(variable)) {
      return { kind: 'profile', variable: variable as ProfileVariable };
    }
    const known = PROFILE_VARIABLES.map((v) => `{profil.${v}}`).join(', ');
    errors.push(textError('unknown-profile-variable', { name, known }, text, start, end));
    return null;
  }
  if (!NAME.test(name)) {
    errors.push(textError('bad-reference', { text: text.slice(start + 1, end - 1) }, text, start, end));
    return null;
  }
  return { kind: 'field', name };
}

function readFormat(
  ref: Reference,
  format: string | undefined,
  text: string,
  start: number,
  end: number,
  errors: TemplateError[],
): FieldFormat | undefined {
  if (format === undefined) return undefined;
  if (ref.kind === 'field' && Object.hasOwn(FIELD_FORMATS, format)) return format as FieldFormat;
  errors.push(
    textError(
      'bad-format',
      {
        format,
        name: refLabel(ref),
        hint: 'Format yang ada: :tanggal dan :hari untuk kolom tanggal, :jam untuk kolom waktu, :kapital untuk teks.',
        hintEn: 'Formats: :tanggal and :hari for date fields, :jam for time fields, :kapital for text.',
      },
      text,
      start,
      end,
    ),
  );
  return undefined;
}

function closeSection(
  ref: Reference,
  inner: string,
  text: string,
  start: number,
  end: number,
  stack: OpenSection[],
  errors: TemplateError[],
): void {
  const label = refLabel(ref);
  const at = stack.map((s) => s.label).lastIndexOf(label);
  if (at < 0) {
    const open = stack[stack.length - 1];
    errors.push(
      textError('unexpected-section-end', { name: inner.slice(1).trim(), open: open ? open.tag : '' }, text, start, end),
    );
    return;
  }
  // Sections opened inside the one being closed were never closed themselves.
  while (stack.length > at + 1) {
    const open = stack.pop();
    if (open) errors.push(textError('unclosed-section', { tag: open.tag, name: open.label }, text, open.node.start, open.node.end));
  }
  const closed = stack.pop();
  if (closed) closed.node.end = end;
}

/**
 * A section tag alone on its line takes the whole line with it, so a section that disappears
 * leaves no empty line behind (the Mustache "standalone" rule).
 */
function standaloneSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  if (text.slice(lineStart, start).trim() !== '' || text.slice(end, lineEnd).trim() !== '') return null;
  return { start: lineStart, end: newline < 0 ? text.length : newline + 1 };
}

export function refLabel(ref: Reference): string {
  return ref.kind === 'field' ? ref.name : `profil.${ref.variable}`;
}

/** Plain text as template text that renders back to exactly that text (e.g. "save caption as template"). */
export function escapeTemplateText(text: string): string {
  return text.replace(/[{}]/g, (brace) => brace + brace);
}
