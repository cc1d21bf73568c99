import type { Lang, Platform, Profile, TimeZoneName } from '../checks/types';
import type { Template, TemplateField } from './types';
import type { FieldFormat, Reference, TemplateNode } from './ast';
import { plainError } from './errors';
import type { TemplateError, TemplatePart } from './errors';
import { parseText, refLabel } from './parse';
import { checkDeclarations, walk } from './declarations';
import { formatValue, initialValue, validateFields, valueProblem } from './fields';
import { profileValue } from './profile';
import { DEFAULT_HASHTAG_LIMITS, fitHashtags } from './hashtags';

export interface RenderOptions {
  platform: Platform;
  /** Form values by field name; dates as YYYY-MM-DD or "hari ini" / "besok" / "lusa" / "kemarin". */
  values?: Readonly<Record<string, unknown>>;
  profile?: Profile;
  /** The instant relative dates resolve against; defaults to the current time. */
  now?: Date;
  /** Accepted for callers that pass their UI language; errors always carry both languages. */
  lang?: Lang;
  /**
   * Whether the platform makes caption links clickable (the preset's limits say; by default only
   * Facebook). Where it does not, {profil.kontak} leaves out web addresses.
   */
  linksClickable?: boolean;
  /** Hashtags the platform allows per post (the preset's limits); by default 5 on Instagram and TikTok. */
  hashtagLimit?: number | null;
}

export interface RenderResult {
  text: string;
  /** Required fields used on this platform that have no value, in declaration order. */
  missing: string[];
  /** Template errors (with the part they point into) and values that do not fit their field. */
  errors: TemplateError[];
  /** Profile variables used outside a section that the profile leaves empty (e.g. no tagline), but not {profil.tagar}. */
  emptyProfile: string[];
  /** The template's own hashtags left out so the post stays within the platform's limit. */
  droppedHashtags: string[];
}

interface Part {
  name: TemplatePart;
  text: string;
}

/** The body and hashtag block a platform uses: its variant's where it has one, else the template's. */
export function partsFor(t: Template, platform: Platform): { body: Part; hashtags: Part } {
  const variant = t.variants?.[platform];
  const body: Part =
    typeof variant?.body === 'string'
      ? { name: `variants.${platform}.body`, text: variant.body }
      : { name: 'body', text: typeof t.body === 'string' ? t.body : '' };
  const hashtags: Part =
    typeof variant?.hashtags === 'string'
      ? { name: `variants.${platform}.hashtags`, text: variant.hashtags }
      : { name: 'hashtags', text: typeof t.hashtags === 'string' ? t.hashtags : '' };
  return { body, hashtags };
}

/** The fields the form shows for a platform: those its body and hashtags use, in declaration order. */
export function fieldsOf(t: Template, platform: Platform): TemplateField[] {
  const used = new Set<string>();
  const { body, hashtags } = partsFor(t, platform);
  for (const part of [body, hashtags]) {
    walk(parseText(part.text).ast, (node) => {
      if (node.kind !== 'text' && node.ref.kind === 'field') used.add(node.ref.name);
    });
  }
  return (Array.isArray(t.fields) ? t.fields : []).filter((f) => f && used.has(f.name));
}

/** Form defaults for every field; relative dates resolve against `now` in the given zone. */
export function initialValues(t: Template, now: Date = new Date(), zone: TimeZoneName = 'WIB'): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of Array.isArray(t.fields) ? t.fields : []) {
    if (field && typeof field.name === 'string') values[field.name] = initialValue(field, now, zone);
  }
  return values;
}

/** Renders a template for a platform. Never throws: problems come back in `errors` and `missing`. */
export function renderTemplate(t: Template, options: RenderOptions): RenderResult {
  try {
    return render(t, options);
  } catch {
    return { text: '', missing: [], errors: [plainError('render-failed', {}, 'template')], emptyProfile: [], droppedHashtags: [] };
  }
}

interface Scope {
  fields: Map<string, TemplateField>;
  values: Readonly<Record<string, unknown>>;
  profile: Profile | undefined;
  platform: Platform;
  now: Date;
  zone: TimeZoneName;
  emptyProfile: Set<string>;
  linksClickable: boolean;
}

function render(t: Template, options: RenderOptions): RenderResult {
  const platform = options.platform;
  const fieldList = Array.isArray(t.fields) ? t.fields.filter((f) => f && typeof f.name === 'string') : [];
  const scope: Scope = {
    fields: new Map(fieldList.map((f) => [f.name, f])),
    values: options.values && typeof options.values === 'object' ? options.values : {},
    profile: options.profile,
    platform,
    now: options.now instanceof Date && !Number.isNaN(options.now.getTime()) ? options.now : new Date(),
    zone: profileZone(options.profile),
    emptyProfile: new Set(),
    linksClickable: typeof options.linksClickable === 'boolean' ? options.linksClickable : platform === 'facebook',
  };
  const errors: TemplateError[] = validateFields(t.fields);
  const { body, hashtags } = partsFor(t, platform);
  const rendered: string[] = [];
  for (const part of [body, hashtags]) {
    const { ast, errors: syntax } = parseText(part.text);
    const partErrors = [...syntax, ...checkDeclarations(ast, fieldList, part.text)];
    errors.push(...partErrors.map((e) => ({ ...e, part: part.name })));
    rendered.push(renderNodes(ast, scope));
  }
  const used = fieldsOf(t, platform);
  const missing = used.filter((f) => f.required && !valueOf(scope, f.name)).map((f) => f.name);
  for (const f of used) {
    const value = valueOf(scope, f.name);
    const problem = value ? valueProblem(f, value) : null;
    if (problem) {
      errors.push(plainError('bad-value', { name: f.name, value, hint: problem.id, hintEn: problem.en }, 'values', { name: f.name }));
    }
  }
  const bodyText = tidy(rendered[0] ?? '');
  const tags = fitHashtags(rendered[1] ?? '', bodyText, requiredTags(options.profile), hashtagLimit(options));
  const text = [bodyText, tidy(tags.block)].filter(Boolean).join('\n\n');
  return { text, missing, errors, emptyProfile: [...scope.emptyProfile], droppedHashtags: tags.dropped };
}

function renderNodes(nodes: readonly TemplateNode[], scope: Scope): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') {
      out += node.value;
      continue;
    }
    if (node.kind === 'section') {
      const filled = refValue(node.ref, scope) !== '';
      if (filled !== node.negated) out += renderNodes(node.children, scope);
      continue;
    }
    const value = refValue(node.ref, scope, node.format);
    // An empty hashtag list leaves no gap in the text; any other empty profile variable does.
    if (!value && node.ref.kind === 'profile' && node.ref.variable !== 'tagar') scope.emptyProfile.add(refLabel(node.ref));
    out += value;
  }
  return out;
}

function refValue(ref: Reference, scope: Scope, format?: FieldFormat): string {
  if (ref.kind === 'profile') return profileValue(ref.variable, scope.profile, scope.platform, scope.linksClickable);
  const field = scope.fields.get(ref.name);
  const value = valueOf(scope, ref.name);
  if (!field || !value) return '';
  // A value that does not fit (reported in errors) is shown as typed rather than dropped.
  return formatValue(field, value, format, scope.now, scope.zone) ?? value.trim();
}

function valueOf(scope: Scope, name: string): string {
  const value = Object.hasOwn(scope.values, name) ? scope.values[name] : undefined;
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

function hashtagLimit(options: RenderOptions): number | null {
  const given = options.hashtagLimit;
  if (given === null || (typeof given === 'number' && given >= 0)) return given;
  return DEFAULT_HASHTAG_LIMITS[options.platform] ?? null;
}

function requiredTags(profile: Profile | undefined): string[] {
  const required: unknown = profile?.hashtags?.required;
  return Array.isArray(required) ? required.filter((x): x is string => typeof x === 'string') : [];
}

function profileZone(profile: Profile | undefined): TimeZoneName {
  const zone = profile?.timeZone;
  return zone === 'WITA' || zone === 'WIT' ? zone : 'WIB';
}

/** Trailing spaces go, at most one empty line in a row, no blank start or end. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
