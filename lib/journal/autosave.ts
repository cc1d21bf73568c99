/**
 * Saving last month's report file at the start of each month, so a coordinator can collect the
 * files from a shared drive without asking every admin. The browser saves only inside the
 * Downloads folder; the admin names a subfolder there (one synced to the office's shared drive).
 */
import { daysInMonth } from '../templates/dates';
import { civilAt, type MonthKey } from './time';

export interface AutosaveConfig {
  enabled: boolean;
  /** Relative to Downloads, "/"-separated; empty: Downloads itself. */
  folder: string;
  /** The last month saved ("YYYY-MM"), so a month is saved once. */
  lastMonth: string | null;
}

/** storage.local key: the report page writes the setting, the background reads it. */
export const AUTOSAVE_KEY = 'reportAutosave';

export const AUTOSAVE_DEFAULT: AutosaveConfig = { enabled: false, folder: 'Saring', lastMonth: null };

/** Letters, digits, spaces, dots, underscores, hyphens; no "..", no leading "/" (a path escape). */
const SEGMENT = /^[\p{L}\p{N} ._-]{1,60}$/u;

export function safeFolder(folder: string): string | null {
  const trimmed = folder.trim().replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '';
  const parts = trimmed.split('/').map((part) => part.trim());
  if (parts.length > 5 || parts.some((part) => !SEGMENT.test(part) || part === '.' || part === '..' || part.startsWith('.'))) return null;
  return parts.join('/');
}

/** Reads what storage holds; anything odd falls back to "off" rather than saving somewhere odd. */
export function readAutosave(value: unknown): AutosaveConfig {
  if (typeof value !== 'object' || value === null) return { ...AUTOSAVE_DEFAULT };
  const record = value as Record<string, unknown>;
  const folder = typeof record.folder === 'string' ? safeFolder(record.folder) : AUTOSAVE_DEFAULT.folder;
  return {
    enabled: record.enabled === true && folder !== null,
    folder: folder ?? AUTOSAVE_DEFAULT.folder,
    lastMonth: typeof record.lastMonth === 'string' && /^\d{4}-\d{2}$/.test(record.lastMonth) ? record.lastMonth : null,
  };
}

/** The month before the one `now` falls in (WIB: every Indonesian zone has begun the month by then). */
export function previousMonth(now: number): { month: MonthKey; from: string; to: string } {
  const today = civilAt(now, 'WIB');
  const year = today.month === 1 ? today.year - 1 : today.year;
  const month = today.month === 1 ? 12 : today.month - 1;
  const key = `${year}-${String(month).padStart(2, '0')}`;
  return { month: key, from: `${key}-01`, to: `${key}-${String(daysInMonth(year, month)).padStart(2, '0')}` };
}

/** The month to save now, or null when saving is off or last month is already saved. */
export function dueAutosave(config: AutosaveConfig, now: number): ReturnType<typeof previousMonth> | null {
  if (!config.enabled) return null;
  const previous = previousMonth(now);
  return config.lastMonth !== null && config.lastMonth >= previous.month ? null : previous;
}

export function autosavePath(config: AutosaveConfig, fileName: string): string {
  return config.folder ? `${config.folder}/${fileName}` : fileName;
}
