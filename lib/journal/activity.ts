import { PLATFORMS, type Platform, type Profile } from '../checks/types';
import type { ActivityRow, JournalEntry } from './types';
import { daysInMonth } from '../templates/dates';
import { counts } from './entry';
import { civilAt, monthKeyOf, zoneDay, zoneOf } from './time';

export type ActivityProfile = Pick<Profile, 'id' | 'officialName' | 'handles' | 'timeZone' | 'activity'>;

/** A month's target from a weekly one: 3 a week in a 30-day month is 13 (rounded up, never lenient). */
export function monthTarget(postsPerWeek: number | undefined, daysInThisMonth: number): number | null {
  if (postsPerWeek === undefined || !(postsPerWeek > 0)) return null;
  return Math.ceil((postsPerWeek * daysInThisMonth) / 7 - 1e-9);
}

/**
 * Platforms a profile is shown for: those it has a handle on or has posted to; all three for a
 * profile with neither, so a new profile still shows where it stands.
 */
function platformsOf(profile: ActivityProfile, posted: ReadonlySet<Platform>): Platform[] {
  const chosen = PLATFORMS.filter((platform) => Boolean(profile.handles[platform]) || posted.has(platform));
  return chosen.length > 0 ? chosen : [...PLATFORMS];
}

/**
 * Days since the last post and this month's count per profile and platform. A profile with no post
 * yet is silent only once the journal itself is older than the allowed silence: right after
 * installing, nobody has been silent.
 */
export function activityRows(entries: readonly JournalEntry[], profiles: readonly ActivityProfile[], now: number): ActivityRow[] {
  const live = entries.filter(counts);
  const journalStart = live.reduce<number | null>((min, entry) => (min === null || entry.postedAt < min ? entry.postedAt : min), null);
  const rows: ActivityRow[] = [];
  for (const profile of profiles) {
    const zone = zoneOf(profile);
    const mine = live.filter((entry) => entry.profileId === profile.id);
    const today = civilAt(now, zone);
    const thisMonth = monthKeyOf(today);
    const target = monthTarget(profile.activity?.postsPerWeek, daysInMonth(today.year, today.month));
    const silentAfter = profile.activity?.silentAfterDays;
    for (const platform of platformsOf(profile, new Set(mine.map((entry) => entry.platform)))) {
      const onPlatform = mine.filter((entry) => entry.platform === platform);
      const lastPostAt = onPlatform.reduce<number | null>((max, entry) => (max === null || entry.postedAt > max ? entry.postedAt : max), null);
      const days = lastPostAt === null ? null : Math.max(0, zoneDay(now, zone) - zoneDay(lastPostAt, zone));
      const sinceStart = journalStart === null ? null : zoneDay(now, zone) - zoneDay(journalStart, zone);
      const quietFor = days ?? sinceStart;
      rows.push({
        profileId: profile.id,
        profileName: profile.officialName,
        platform,
        lastPostAt,
        daysSinceLastPost: days,
        monthCount: onPlatform.filter((entry) => monthKeyOf(civilAt(entry.postedAt, zone)) === thisMonth).length,
        monthTarget: target,
        silent: silentAfter !== undefined && quietFor !== null && quietFor > silentAfter,
      });
    }
  }
  return rows;
}
