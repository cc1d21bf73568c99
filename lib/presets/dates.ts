import { DATE_PATTERN } from './schema';

/** True for a YYYY-MM-DD (optionally followed by a time) that names a day on the calendar. */
export function isRealDate(value: string): boolean {
  const day = value.slice(0, 10);
  if (!DATE_PATTERN.test(day)) return false;
  const parsed = new Date(`${day}T00:00:00Z`);
  // Date rolls 2026-02-30 over to March; comparing back catches days that do not exist.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** An item stays valid through its `expires` day and is ignored from the day after. */
export function isExpired(expires: string | undefined, today: string): boolean {
  return expires !== undefined && expires < today;
}

/** Today in UTC as YYYY-MM-DD; callers that know the admin's zone pass their own `today`. */
export function todayOf(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}
