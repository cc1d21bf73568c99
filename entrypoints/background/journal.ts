/**
 * The journal's messages and the silent-profile reminder, wired to lib/journal/service. Needs the
 * 'notifications' permission for browserNotify only; everything else is local IndexedDB.
 */
import { browser } from 'wxt/browser';
import type { Handlers } from '../../lib/messaging/server';
import { dueReminders, type ReminderLog, type SilentNotice } from '../../lib/journal/reminders';
import {
  activitySummary,
  deleteEntry,
  exportBackup,
  importBackup,
  listEntries,
  recordPost,
  reportFileFor,
  silentRows,
  updateEntry,
  type LocalBackupDeps,
} from '../../lib/journal/service';
import type { BackgroundDeps } from './deps';

type JournalMessages =
  | 'journal:record'
  | 'journal:list'
  | 'journal:update'
  | 'journal:delete'
  | 'activity:summary'
  | 'backup:export'
  | 'backup:import'
  | 'report:file';

/** `local` adds the store's local items to backups once the store offers them. */
export function journalHandlers(deps: BackgroundDeps, local?: LocalBackupDeps): Pick<Handlers, JournalMessages> {
  return {
    'journal:record': (payload) => recordPost(deps, payload),
    'journal:list': (query) => listEntries(deps, query),
    'journal:update': (change) => updateEntry(deps, change),
    'journal:delete': ({ id }) => deleteEntry(deps, id),
    'activity:summary': () => activitySummary(deps),
    'backup:export': () => exportBackup(deps, local),
    'backup:import': ({ text }) => importBackup(deps, text, local),
    'report:file': (query) => reportFileFor(deps, query),
  };
}

export type Notify = (notice: SilentNotice) => Promise<void>;

/** Where the reminder log lives between alarms (the service worker forgets everything). */
export interface ReminderMemory {
  read(): Promise<ReminderLog>;
  write(log: ReminderLog): Promise<void>;
}

const REMINDER_LOG_KEY = 'journalReminderLog';

export function storageMemory(): ReminderMemory {
  return {
    read: async () => {
      const stored = await browser.storage.local.get(REMINDER_LOG_KEY);
      const log = stored[REMINDER_LOG_KEY];
      return typeof log === 'object' && log !== null ? (log as ReminderLog) : {};
    },
    write: (log) => browser.storage.local.set({ [REMINDER_LOG_KEY]: log }),
  };
}

/**
 * Called from an alarm: tells the admin about profiles silent longer than their preset allows, when
 * ui.journal.reminders is on, once per silence and then weekly. Returns the notices sent.
 */
export async function checkSilentProfiles(
  deps: BackgroundDeps,
  notify: Notify = browserNotify,
  memory: ReminderMemory = storageMemory(),
): Promise<SilentNotice[]> {
  const ui = await deps.readUi();
  if (!ui.journal.reminders) return [];
  const [rows, preset, log, lang] = await Promise.all([silentRows(deps), deps.effective(), memory.read(), deps.lang()]);
  const now = deps.now();
  const notices = dueReminders(rows, preset.profiles, log, now, lang);
  const next: ReminderLog = { ...log };
  for (const notice of notices) {
    try {
      await notify(notice);
      next[notice.key] = now;
    } catch (error) {
      console.warn('[Saring] reminder not shown', error);
    }
  }
  if (notices.length > 0) await memory.write(next);
  return notices;
}

/** Saring's own icon (public/icon/, drawn by scripts/icons.ts); Chrome refuses a notification without one. */
const NOTIFICATION_ICON = 'icon/128.png';

export async function browserNotify(notice: SilentNotice): Promise<void> {
  const icon = browser.runtime.getManifest().icons?.['128'] ?? NOTIFICATION_ICON;
  await browser.notifications.create(`saring-silent:${notice.key}`, {
    type: 'basic',
    iconUrl: new URL(icon, browser.runtime.getURL('/')).href,
    title: notice.title,
    message: notice.message,
  });
}
