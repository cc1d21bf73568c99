/**
 * What the background does for the journal messages, over ports only (stores, settings, preset),
 * so it runs and is tested in Node. entrypoints/background/journal.ts wires it to the messages.
 */
import type { Lang, Profile } from '../checks/types';
import { translate } from '../i18n';
import type { FieldError, Outcome, UiSettings } from '../presets/panel';
import type { ProgressStore } from '../practice/port';
import type { Template } from '../templates/types';
import { activityRows } from './activity';
import { makeBackup, parseBackup, type Backup, type BackupProblem, type BackupUi } from './backup';
import { buildEntry } from './entry';
import { buildReportFile, reportFileName, reportFileText } from './report-file';
import type { JournalStore } from './port';
import type { ActivityRow, JournalChange, JournalEntry, JournalQuery, NamedFile, PostRecord, ReportQuery } from './types';
import { civilAt, widenedEnd, widenedStart, zoneOf } from './time';
import { toIsoDate } from '../templates/dates';

/** The part of BackgroundDeps the journal uses. */
export interface JournalDeps {
  now(): number;
  lang(): Promise<Lang>;
  readUi(): Promise<UiSettings>;
  writeUi(next: UiSettings): Promise<void>;
  bumpRevision(): Promise<void>;
  effective(): Promise<{ profiles: Profile[]; templates: Template[] }>;
  journal: JournalStore;
  progress: ProgressStore;
}

/**
 * The store's local items in a backup. Optional: until the store provides it, backups carry the
 * journal, progress and settings only.
 */
export interface LocalBackupDeps {
  export(): Promise<Record<string, unknown>>;
  /** Problems that would make the import fail; [] means import() will accept it. */
  check(local: Record<string, unknown>, lang: Lang): Promise<FieldError[]>;
  import(local: Record<string, unknown>): Promise<void>;
}

/**
 * Outcome (lib/presets/panel.ts) defaults T to Record<string, never>, which makes `ok` itself `never`, so a
 * plain `{ ok: true }` does not type-check. Until the contract is fixed, this is the one cast.
 */
const DONE = { ok: true } as Outcome;

const fail = (path: string, message: string): { ok: false; errors: FieldError[] } => ({ ok: false, errors: [{ path, message }] });

export function newEntryId(): string {
  return crypto.randomUUID();
}

export async function recordPost(deps: JournalDeps, payload: PostRecord, id = newEntryId()): Promise<{ id: string }> {
  const [ui, preset] = await Promise.all([deps.readUi(), deps.effective()]);
  const profile = preset.profiles.find((p) => p.id === payload.profileId);
  const entry = buildEntry(payload, { id, now: deps.now(), templates: preset.templates, fullCaption: ui.journal.fullCaption, ...(profile ? { profile } : {}) });
  await deps.journal.put(entry);
  return { id: entry.id };
}

/** Entries whose day, in their profile's zone, lies between `from` and `to` (inclusive), oldest first. */
export async function listEntries(deps: JournalDeps, query: JournalQuery): Promise<JournalEntry[]> {
  const { from, to } = query;
  const [entries, preset] = await Promise.all([
    from === undefined && to === undefined
      ? deps.journal.all()
      : deps.journal.range(from === undefined ? 0 : widenedStart(from), to === undefined ? Number.MAX_SAFE_INTEGER : widenedEnd(to)),
    deps.effective(),
  ]);
  const zones = new Map(preset.profiles.map((profile) => [profile.id, zoneOf(profile)]));
  const wanted = query.profileIds && query.profileIds.length > 0 ? new Set(query.profileIds) : null;
  return entries.filter((entry) => {
    if (wanted && (entry.profileId === null || !wanted.has(entry.profileId))) return false;
    const day = toIsoDate(civilAt(entry.postedAt, zones.get(entry.profileId ?? '') ?? zoneOf(undefined)));
    return (from === undefined || day >= from) && (to === undefined || day <= to);
  });
}

export async function updateEntry(deps: JournalDeps, change: JournalChange): Promise<Outcome> {
  const entry = await deps.journal.get(change.id);
  if (!entry) return fail('id', translate(await deps.lang(), 'jrnErrNotFound'));
  const next: JournalEntry = { ...entry, posted: change.posted ?? entry.posted };
  // The admin says whether it went out: that settles a post the site never confirmed.
  if (change.posted !== undefined) delete next.unconfirmed;
  if (change.note !== undefined) {
    const note = change.note.trim();
    if (note === '') delete next.note;
    else next.note = note;
  }
  await deps.journal.put(next);
  return DONE;
}

export async function deleteEntry(deps: JournalDeps, id: string): Promise<Outcome> {
  if (await deps.journal.delete(id)) return DONE;
  return fail('id', translate(await deps.lang(), 'jrnErrNotFound'));
}

/** The report file for a period: every entry is read, so days since the last post see all time. */
export async function reportFileFor(deps: JournalDeps, query: ReportQuery): Promise<NamedFile> {
  const [entries, preset] = await Promise.all([deps.journal.all(), deps.effective()]);
  const file = buildReportFile(entries, preset.profiles, { from: query.from, to: query.to, profileIds: query.profileIds ?? [], now: deps.now() });
  return { fileName: reportFileName(file), text: reportFileText(file) };
}

export async function activitySummary(deps: JournalDeps): Promise<ActivityRow[]> {
  const [entries, preset] = await Promise.all([deps.journal.all(), deps.effective()]);
  return activityRows(entries, preset.profiles, deps.now());
}

export async function exportBackup(deps: JournalDeps, local?: LocalBackupDeps): Promise<NamedFile> {
  const [journal, progress, ui, localData] = await Promise.all([
    deps.journal.all(),
    deps.progress.all(),
    deps.readUi(),
    local?.export(),
  ]);
  return makeBackup({ journal, progress, ui, ...(localData ? { local: localData } : {}) }, deps.now());
}

function problemMessage(lang: Lang, problem: BackupProblem): string {
  if (problem.code === 'not-json') return translate(lang, 'jrnBackupNotJson');
  if (problem.code === 'not-backup') return translate(lang, 'jrnBackupNotBackup');
  if (problem.code === 'newer-version') return translate(lang, 'jrnBackupNewer', problem.version);
  return translate(lang, 'jrnBackupInvalid', problem.path || '/');
}

function mergeUi(current: UiSettings, restored: BackupUi): UiSettings {
  return {
    ...current,
    ...restored,
    activeProfiles: { ...(restored.activeProfiles ?? current.activeProfiles) },
    panel: { ...current.panel, ...restored.panel },
    journal: { ...current.journal, ...restored.journal },
  };
}

/**
 * Replaces the admin's own data with a backup's. Everything is validated before the first write;
 * if a write still fails (disk full), what was written is put back as it was.
 */
export async function importBackup(deps: JournalDeps, text: string, local?: LocalBackupDeps): Promise<Outcome<{ counts: Record<string, number> }>> {
  const lang = await deps.lang();
  const parsed = parseBackup(text);
  if (!parsed.ok) return fail('', problemMessage(lang, parsed.problem));
  const backup: Backup = parsed.backup;
  if (backup.local && local) {
    const errors = await local.check(backup.local, lang);
    if (errors.length > 0) return { ok: false, errors };
  }
  const before = { journal: await deps.journal.all(), progress: await deps.progress.all(), ui: await deps.readUi() };
  try {
    await deps.journal.replaceAll(backup.journal);
    await deps.progress.replaceAll(backup.progress);
    if (backup.ui) await deps.writeUi(mergeUi(before.ui, backup.ui));
    if (backup.local && local) await local.import(backup.local);
  } catch (error) {
    console.error('[Saring] backup import failed, restoring', error);
    await deps.journal.replaceAll(before.journal).catch(() => undefined);
    await deps.progress.replaceAll(before.progress).catch(() => undefined);
    await deps.writeUi(before.ui).catch(() => undefined);
    return fail('', translate(lang, 'jrnBackupWriteFailed'));
  }
  await deps.bumpRevision();
  const counts: Record<string, number> = { journal: backup.journal.length, progress: backup.progress.length };
  if (backup.local && local) counts.local = Object.keys(backup.local).length;
  return { ok: true, counts };
}

/** Profiles and platforms silent longer than their preset allows (for the reminder alarm). */
export async function silentRows(deps: JournalDeps): Promise<ActivityRow[]> {
  return (await activitySummary(deps)).filter((row) => row.silent);
}
