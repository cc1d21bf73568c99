import type { Lang, Platform, Profile } from '../checks/types';
import { translate, type MessageKey } from '../i18n';
import type { ActivityRow } from './types';

/** A silent profile is mentioned again after a week of further silence, not on every alarm. */
export const REMIND_EVERY_MS = 7 * 86_400_000;

export interface SilentNotice {
  /** profileId/platform: also the notification id, so a new one replaces the old. */
  key: string;
  title: string;
  message: string;
}

/** When each profile/platform was last reminded (epoch ms). */
export type ReminderLog = Record<string, number>;

const PLATFORM_KEYS: Record<Platform, MessageKey> = {
  instagram: 'platformInstagram',
  facebook: 'platformFacebook',
  tiktok: 'platformTiktok',
};

export function reminderKey(row: Pick<ActivityRow, 'profileId' | 'platform'>): string {
  return `${row.profileId}/${row.platform}`;
}

/**
 * Which silent rows to remind about now: never reminded since their last post, or reminded more
 * than a week ago.
 */
export function dueReminders(
  rows: readonly ActivityRow[],
  profiles: readonly Pick<Profile, 'id' | 'activity'>[],
  log: ReminderLog,
  now: number,
  lang: Lang,
): SilentNotice[] {
  const limits = new Map(profiles.map((profile) => [profile.id, profile.activity?.silentAfterDays]));
  const notices: SilentNotice[] = [];
  for (const row of rows) {
    const limit = limits.get(row.profileId);
    if (!row.silent || limit === undefined) continue;
    const key = reminderKey(row);
    const last = log[key];
    if (last !== undefined && last > (row.lastPostAt ?? 0) && now - last < REMIND_EVERY_MS) continue;
    const platform = translate(lang, PLATFORM_KEYS[row.platform]);
    notices.push({
      key,
      title: translate(lang, 'jrnSilentTitle', row.profileName),
      message:
        row.daysSinceLastPost === null
          ? translate(lang, 'jrnSilentBodyNever', platform, limit)
          : translate(lang, 'jrnSilentBody', platform, row.daysSinceLastPost, limit),
    });
  }
  return notices;
}
