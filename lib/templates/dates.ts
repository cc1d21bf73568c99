import type { TimeZoneName } from '../checks/types';

/**
 * Indonesian dates and times without Intl: time-zone data differs between Node and browsers, and
 * Indonesia's three zones have had fixed offsets (no daylight saving) since 1988, so plain
 * arithmetic on a day number is both simpler and identical everywhere.
 */

export const ZONE_OFFSET_HOURS: Record<TimeZoneName, number> = { WIB: 7, WITA: 8, WIT: 9 };

const DAY_MS = 86_400_000;
const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
const MONTHS = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

/** Words a date field accepts instead of a calendar date, as days from today. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  kemarin: -1,
  'hari ini': 0,
  besok: 1,
  lusa: 2,
};

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's days_from_civil. */
export function dayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function civilFromDayNumber(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

/** The calendar day it is in the given zone at the instant `now`. */
export function todayIn(now: Date, zone: TimeZoneName): CivilDate {
  const ms = now.getTime() + ZONE_OFFSET_HOURS[zone] * 3_600_000;
  return civilFromDayNumber(Math.floor(ms / DAY_MS));
}

/** Parses YYYY-MM-DD strictly (a real calendar day), or returns null. */
export function parseIsoDate(text: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function toIsoDate({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date field's value ("besok", "2024-03-19") as a calendar day, or null when it is neither. */
export function resolveDate(value: string, now: Date, zone: TimeZoneName): CivilDate | null {
  const key = value.trim().toLowerCase().replace(/\s+/g, ' ');
  const offset = RELATIVE_DAYS[key];
  if (offset !== undefined) return civilFromDayNumber(dayNumber(todayIn(now, zone)) + offset);
  return parseIsoDate(value);
}

export function weekdayName(date: CivilDate): string {
  // 1970-01-01 was a Thursday (index 4).
  const index = (((dayNumber(date) + 4) % 7) + 7) % 7;
  return DAYS[index] ?? '';
}

export type DateFormat = 'lengkap' | 'tanggal' | 'hari';

/** "Selasa, 19 Maret 2024" (lengkap), "19 Maret 2024" (tanggal) or "Selasa" (hari). */
export function formatDate(date: CivilDate, format: DateFormat = 'lengkap'): string {
  const dayMonthYear = `${date.day} ${MONTHS[date.month - 1] ?? ''} ${date.year}`;
  if (format === 'hari') return weekdayName(date);
  if (format === 'tanggal') return dayMonthYear;
  return `${weekdayName(date)}, ${dayMonthYear}`;
}

export interface ClockTime {
  hour: number;
  minute: number;
}

/** Accepts "8.00", "08.00" and "08:00" (the form's time input), 00.00 to 23.59. */
export function parseTime(text: string): ClockTime | null {
  const m = /^(\d{1,2})[.:](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

/** EYD writes clock times with a dot: "08.00 WIB"; format "jam" leaves the zone off. */
export function formatTime(time: ClockTime, zone: TimeZoneName, format: 'lengkap' | 'jam' = 'lengkap'): string {
  const clock = `${String(time.hour).padStart(2, '0')}.${String(time.minute).padStart(2, '0')}`;
  return format === 'jam' ? clock : `${clock} ${zone}`;
}

/** "HH:MM", the value an HTML time input expects. */
export function toInputTime(time: ClockTime): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}
