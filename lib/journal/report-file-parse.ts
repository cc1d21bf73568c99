/**
 * Reads a report file someone else made. The coordinator opens hundreds of them from a shared
 * drive, so every file is untrusted: size and nesting are capped before JSON.parse, the structure
 * is checked against a strict schema (unknown fields, `__proto__` keys, markup in names and
 * impossible numbers are refused), and each refusal is a code the page translates.
 */
import * as v from 'valibot';
import { CATEGORIES, INSTITUTION_TYPES, PLATFORMS, SEVERITIES } from '../checks/types';
import { jsonErrorPosition } from '../presets/json-error';
import { FORBIDDEN_KEYS, MAX_DEPTH } from '../presets/parse';
import { ID_PATTERN } from '../presets/schema';
import { REPORT_FORMAT, REPORT_PURPOSES, REPORT_VERSION, type ReportFile } from './report-file';

/** A year of daily rows for 80 institutions on three platforms is about 4 MB; more is not a report. */
export const MAX_REPORT_BYTES = 8_000_000;

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
/** Names are shown to coordinators: letters, digits, spaces and ordinary punctuation, no markup. */
const NAME = /^[^<>\u0000-\u001f\u007f]{1,200}$/;
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const HANDLE = /^[A-Za-z0-9._]{1,50}$/;

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const day = v.pipe(v.string(), v.regex(ISO_DAY));
const countsBy = (key: RegExp) => v.record(v.pipe(v.string(), v.regex(key)), count);

const daySchema = v.strictObject({
  date: day,
  platform: v.picklist(PLATFORMS),
  posts: count,
  replies: count,
  withTemplate: count,
  overriddenPosts: count,
  purposes: v.strictObject(Object.fromEntries(REPORT_PURPOSES.map((purpose) => [purpose, v.optional(count)])) as Record<(typeof REPORT_PURPOSES)[number], v.OptionalSchema<typeof count, undefined>>),
  templates: countsBy(ID_PATTERN),
  findingsLeft: countsBy(RULE_ID),
  overridden: countsBy(RULE_ID),
});

const institutionSchema = v.strictObject({
  profileId: v.pipe(v.string(), v.regex(ID_PATTERN)),
  name: v.pipe(v.string(), v.regex(NAME)),
  type: v.optional(v.picklist(INSTITUTION_TYPES)),
  timeZone: v.picklist(['WIB', 'WITA', 'WIT']),
  target: v.strictObject({
    postsPerWeek: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000))),
    silentAfterDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650))),
  }),
  accounts: v.pipe(
    v.array(
      v.strictObject({
        platform: v.picklist(PLATFORMS),
        handle: v.nullable(v.pipe(v.string(), v.regex(HANDLE))),
        lastPostAt: v.nullable(v.pipe(v.string(), v.regex(ISO_INSTANT))),
      }),
    ),
    v.maxLength(PLATFORMS.length),
  ),
  days: v.pipe(v.array(daySchema), v.maxLength(50_000)),
  rules: v.pipe(
    v.array(v.strictObject({ ruleId: v.pipe(v.string(), v.regex(RULE_ID)), category: v.picklist(CATEGORIES), severity: v.picklist(SEVERITIES) })),
    v.maxLength(1000),
  ),
});

export const reportFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  format: v.literal(REPORT_FORMAT),
  version: v.literal(REPORT_VERSION),
  generatedAt: v.pipe(v.string(), v.regex(ISO_INSTANT)),
  period: v.strictObject({ from: day, to: day }),
  institutions: v.pipe(v.array(institutionSchema), v.maxLength(5000)),
});

/** Why a file was refused; the page says it in the coordinator's language. */
export type ReportFileError =
  | { code: 'too-large'; bytes: number }
  | { code: 'too-deep' }
  | { code: 'not-json'; line: number; column: number }
  | { code: 'not-object' }
  | { code: 'forbidden-key'; key: string }
  | { code: 'wrong-format'; got: string }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid'; field: string }
  | { code: 'bad-period' }
  /** The browser could not read the file at all (removed, no access). */
  | { code: 'unreadable' };

export type ReportFileResult = { ok: true; file: ReportFile } | { ok: false; error: ReportFileError };

/**
 * One iterative walk for nesting and dangerous keys. V8's JSON.parse is itself iterative, so a
 * 100,000-deep file parses without a stack overflow and is refused here, before any recursive code
 * (the schema) sees it; scanning the text first would cost as much as parsing it.
 */
function shapeError(data: unknown): ReportFileError | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: data, depth: 0 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return { code: 'too-deep' };
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden-key', key };
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}

function fieldOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
}

export function parseReportFile(text: string): ReportFileResult {
  const clean = text.replace(/^\uFEFF/, '');
  const bytes = clean.length > MAX_REPORT_BYTES ? clean.length : new TextEncoder().encode(clean).length;
  if (bytes > MAX_REPORT_BYTES) return { ok: false, error: { code: 'too-large', bytes } };
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch {
    return { ok: false, error: { code: 'not-json', ...jsonErrorPosition(clean) } };
  }
  const shape = shapeError(data);
  if (shape?.code === 'too-deep') return { ok: false, error: shape };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: { code: 'not-object' } };
  const record = data as Record<string, unknown>;
  if (record.format !== REPORT_FORMAT) {
    return { ok: false, error: { code: 'wrong-format', got: record.format === undefined ? '' : JSON.stringify(record.format).slice(0, 40) } };
  }
  if (typeof record.version === 'number' && Number.isInteger(record.version) && record.version > REPORT_VERSION) {
    return { ok: false, error: { code: 'newer-version', version: record.version } };
  }
  if (shape) return { ok: false, error: shape };
  const parsed = v.safeParse(reportFileSchema, data);
  if (!parsed.success) return { ok: false, error: { code: 'invalid', field: fieldOf(parsed.issues[0]) || '(root)' } };
  const { $schema: _ignored, ...file } = parsed.output;
  if (file.period.from > file.period.to) return { ok: false, error: { code: 'bad-period' } };
  return { ok: true, file: file as ReportFile };
}
