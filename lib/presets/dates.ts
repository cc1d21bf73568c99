/**
 * Pack dates (`updated`, `expires`), judged on the calendar of lib/templates/dates.ts, the one
 * module for id-ID dates and the WIB/WITA/WIT zones. An item expires at the end of its `expires`
 * day in the admin's own zone, not in UTC (7 to 9 hours earlier).
 */
import type { Profile, TimeZoneName } from '../checks/types';
import { parseIsoDate, toIsoDate, todayIn } from '../templates/dates';
import { DATE_PATTERN } from './schema';

export const DEFAULT_ZONE: TimeZoneName = 'WIB';

/** True for a YYYY-MM-DD (optionally followed by a time) that names a day on the calendar. */
export function isRealDate(value: string): boolean {
  const day = value.slice(0, 10);
  return DATE_PATTERN.test(day) && parseIsoDate(day) !== null;
}

/** An item stays valid through its `expires` day and is ignored from the day after. */
export function isExpired(expires: string | undefined, today: string): boolean {
  return expires !== undefined && expires < today;
}

/** Today as YYYY-MM-DD in the zone (WIB when the caller knows none). */
export function todayOf(now: number, zone: TimeZoneName = DEFAULT_ZONE): string {
  return toIsoDate(todayIn(new Date(now), zone));
}

/**
 * The admin's zone as the packs and their own edits tell it: the first profile of their own, else
 * the first profile of the packs in merge order (the one the admin sees first), else WIB.
 */
export function zoneOfLayers(packs: ReadonlyArray<{ profiles?: readonly Pick<Profile, 'timeZone'>[] }>, local?: { profiles?: readonly Pick<Profile, 'timeZone'>[] }): TimeZoneName {
  const first = local?.profiles?.[0] ?? packs.find((p) => (p.profiles?.length ?? 0) > 0)?.profiles?.[0];
  return first?.timeZone ?? DEFAULT_ZONE;
}
