/**
 * The progress summary a trainee hands to the trainer: one JSON file with a format name and
 * version, so a trainer's Saring can tell it from a pack or a backup and refuse what it cannot read.
 */
import * as v from 'valibot';
import { attemptSchema } from './attempt-schema';
import type { ProgressAttempt } from './types';

export const SUMMARY_FORMAT = 'saring-progress';
export const SUMMARY_VERSION = 1;
/** A class of 140 doing every exercise a few times stays far below this. */
const MAX_ATTEMPTS = 5_000;
export const MAX_SUMMARY_CHARS = 2_000_000;


export const summarySchema = v.strictObject({
  format: v.literal(SUMMARY_FORMAT),
  version: v.literal(SUMMARY_VERSION),
  trainee: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  attempts: v.pipe(v.array(attemptSchema), v.maxLength(MAX_ATTEMPTS)),
});

export type ProgressSummary = v.InferOutput<typeof summarySchema>;

export function buildSummary(trainee: string, attempts: readonly ProgressAttempt[], now: number): ProgressSummary {
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    trainee: trainee.trim(),
    exportedAt: new Date(now).toISOString(),
    attempts: attempts.map((a) => ({ ...a })),
  };
}

export function summaryFileName(summary: ProgressSummary): string {
  const slug = summary.trainee.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'peserta';
  return `saring-latihan-${slug}-${summary.exportedAt.slice(0, 10)}.json`;
}

export function formatSummary(summary: ProgressSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

/** Why a file was refused, as a stable code the page turns into a sentence. */
export type SummaryProblem =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid'; path: string };

export type SummaryParse = { ok: true; summary: ProgressSummary } | { ok: false; problem: SummaryProblem };

export function parseSummary(text: string): SummaryParse {
  if (text.length > MAX_SUMMARY_CHARS) return { ok: false, problem: { code: 'too-large' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SUMMARY_FORMAT) {
    return { ok: false, problem: { code: 'wrong-format' } };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > SUMMARY_VERSION) {
    return { ok: false, problem: { code: 'newer-version', version } };
  }
  const parsed = v.safeParse(summarySchema, data);
  if (!parsed.success) {
    const path = v.getDotPath(parsed.issues[0]!) ?? '';
    return { ok: false, problem: { code: 'invalid', path } };
  }
  return { ok: true, summary: parsed.output };
}
