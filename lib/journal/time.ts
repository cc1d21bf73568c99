/**
 * Journal time in the profile's own zone (WIB/WITA/WIT): a post at 00.30 WIT on the 1st is still
 * the 31st in WIB, and the agency's report counts it in its own month. Indonesian zones have fixed
 * offsets, so plain arithmetic is exact (see lib/templates/dates.ts).
 */
import type { Profile, TimeZoneName } from '../checks/types';
import { ZONE_OFFSET_HOURS, civilFromDayNumber, dayNumber, daysInMonth, toIsoDate, type CivilDate } from '../templates/dates';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
export const DEFAULT_ZONE: TimeZoneName = 'WIB';

/** A calendar month, "YYYY-MM". */
export type MonthKey = string;

export function zoneOf(profile: Pick<Profile, 'timeZone'> | undefined): TimeZoneName {
  return profile?.timeZone ?? DEFAULT_ZONE;
}

/** Days since 1970-01-01 in the zone at instant `ms`. */
export function zoneDay(ms: number, zone: TimeZoneName): number {
  return Math.floor((ms + ZONE_OFFSET_HOURS[zone] * HOUR_MS) / DAY_MS);
}

export function civilAt(ms: number, zone: TimeZoneName): CivilDate {
  return civilFromDayNumber(zoneDay(ms, zone));
}

export function monthKeyOf(date: CivilDate): MonthKey {
  return toIsoDate(date).slice(0, 7);
}

export function parseMonthKey(key: MonthKey): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** First and last calendar day of a month as YYYY-MM-DD. */
export function monthBounds(key: MonthKey): { from: string; to: string; days: number } | null {
  const parsed = parseMonthKey(key);
  if (!parsed) return null;
  const days = daysInMonth(parsed.year, parsed.month);
  return { from: `${key}-01`, to: `${key}-${String(days).padStart(2, '0')}`, days };
}

/** Week of the month as the report's chart groups it: days 1–7 are week 1, 29–31 week 5. */
export function weekOfMonth(day: number): number {
  return Math.floor((day - 1) / 7) + 1;
}

/** "YYYY-MM-DD HH:MM" in the zone, for lists and CSV (sortable, unambiguous). */
export function stampIn(ms: number, zone: TimeZoneName): string {
  const shifted = ms + ZONE_OFFSET_HOURS[zone] * HOUR_MS;
  const date = toIsoDate(civilFromDayNumber(Math.floor(shifted / DAY_MS)));
  const minutes = Math.floor((((shifted % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
  const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${date} ${clock}`;
}

/** Epoch ms of 00:00 on a YYYY-MM-DD day in the earliest Indonesian zone minus slack (for queries). */
export function widenedStart(isoDay: string): number {
  return dayStartUtc(isoDay) - 24 * HOUR_MS;
}

/** Epoch ms after the end of a YYYY-MM-DD day in any zone, with slack (for queries). */
export function widenedEnd(isoDay: string): number {
  return dayStartUtc(isoDay) + 2 * DAY_MS;
}

function dayStartUtc(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return dayNumber({ year: y ?? 1970, month: m ?? 1, day: d ?? 1 }) * DAY_MS;
}
