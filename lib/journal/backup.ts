/**
 * The admin's own data as one file: journal, practice progress, UI settings and (added by the
 * background's store) local items. Independent of packs, so restoring never touches what a team
 * publishes. Versioned so a later Saring can read today's files; validated in full before anything
 * is written, so a bad file changes nothing.
 */
import * as v from 'valibot';
import { CATEGORIES, LANGS, PLATFORMS, SEVERITIES } from '../checks/types';
import type { UiSettings } from '../presets/panel';
import { attemptEntries } from '../practice/attempt-schema';
import type { ProgressAttempt } from '../practice/types';
import type { JournalEntry } from './types';
import { TEMPLATE_PURPOSES } from '../templates/types';

export const BACKUP_FORMAT = 'saring-backup';
export const BACKUP_VERSION = 1;
/** Generous: ten years of several posts a day. */
export const MAX_BACKUP_ENTRIES = 200_000;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const epochMs = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const journalEntrySchema = v.object({
  id,
  postedAt: epochMs,
  platform: v.picklist(PLATFORMS),
  profileId: v.nullable(id),
  templateId: v.nullable(id),
  purpose: v.nullable(v.picklist(TEMPLATE_PURPOSES)),
  findingsLeft: v.pipe(
    v.array(v.object({ ruleId: text(100), category: v.picklist(CATEGORIES), severity: v.picklist(SEVERITIES) })),
    v.maxLength(500),
  ),
  overridden: v.boolean(),
  firstLine: text(1000),
  caption: v.optional(text(70_000)),
  posted: v.boolean(),
  note: v.optional(text(2000)),
  practice: v.optional(v.boolean()),
  kind: v.optional(v.picklist(['post', 'reply'])),
  unconfirmed: v.optional(v.literal(true)),
});

// Loose like the rest of a backup (fields a later version adds are ignored), the same fields as the store's.
const progressSchema = v.object(attemptEntries);

/** Settings are optional field by field: the background completes them with today's defaults. */
const uiSchema = v.partial(
  v.object({
    lang: v.picklist([...LANGS, 'auto'] as const),
    activeProfiles: v.partial(v.object({ instagram: id, facebook: id, tiktok: id })),
    panel: v.object({
      collapsed: v.boolean(),
      side: v.picklist(['left', 'right'] as const),
      offsetY: v.pipe(v.number(), v.integer(), v.minValue(-4000), v.maxValue(4000)),
    }),
    journal: v.object({ fullCaption: v.boolean(), reminders: v.boolean() }),
    tourSeen: v.boolean(),
  }),
);

const uniqueIds = <T extends { id: string }>(items: T[]) => new Set(items.map((item) => item.id)).size === items.length;

export const backupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  journal: v.pipe(v.array(journalEntrySchema), v.maxLength(MAX_BACKUP_ENTRIES), v.check(uniqueIds, 'duplicate-id')),
  progress: v.pipe(v.array(progressSchema), v.maxLength(MAX_BACKUP_ENTRIES), v.check(uniqueIds, 'duplicate-id')),
  ui: v.optional(uiSchema),
  /** The store's local items and rule settings; the store validates them itself on import. */
  local: v.optional(v.looseObject({})),
});

export type Backup = v.InferOutput<typeof backupSchema>;
export type BackupUi = NonNullable<Backup['ui']>;

export interface BackupParts {
  journal: JournalEntry[];
  progress: ProgressAttempt[];
  ui: UiSettings;
  local?: Record<string, unknown>;
}

export function makeBackup(parts: BackupParts, now: number): { fileName: string; text: string } {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    journal: parts.journal,
    progress: parts.progress,
    ui: parts.ui,
    ...(parts.local ? { local: parts.local } : {}),
  };
  const day = backup.exportedAt.slice(0, 10);
  return { fileName: `saring-cadangan-${day}.json`, text: JSON.stringify(backup, null, 2) };
}

export type BackupProblem =
  | { code: 'not-json' }
  | { code: 'not-backup' }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid'; path: string };

/** A backup file's content, or what is wrong with it. Never partially accepted. */
export function parseBackup(input: string): { ok: true; backup: Backup } | { ok: false; problem: BackupProblem } {
  let raw: unknown;
  try {
    raw = JSON.parse(input);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (typeof raw !== 'object' || raw === null || (raw as Record<string, unknown>).format !== BACKUP_FORMAT) {
    return { ok: false, problem: { code: 'not-backup' } };
  }
  const version = (raw as Record<string, unknown>).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) return { ok: false, problem: { code: 'newer-version', version } };
  const parsed = v.safeParse(backupSchema, raw);
  if (parsed.success) return { ok: true, backup: parsed.output };
  const issue = parsed.issues[0];
  return { ok: false, problem: { code: 'invalid', path: issue ? (v.getDotPath(issue) ?? '') : '' } };
}
