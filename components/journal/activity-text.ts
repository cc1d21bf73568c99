import { formatNumber, t } from '../../lib/i18n';
import type { ActivityRow } from '../../lib/messaging/protocol';

export function sinceText(row: ActivityRow): string {
  if (row.daysSinceLastPost === null) return t('jrnNeverPosted');
  if (row.daysSinceLastPost === 0) return t('jrnPostedToday');
  if (row.daysSinceLastPost === 1) return t('jrnPostedYesterday');
  return t('jrnDaysSince', formatNumber(row.daysSinceLastPost));
}

export function countText(row: ActivityRow): string {
  return row.monthTarget === null
    ? t('jrnMonthCount', formatNumber(row.monthCount))
    : t('jrnMonthCountTarget', formatNumber(row.monthCount), formatNumber(row.monthTarget));
}

/** Rows grouped by profile, in the order the background sent them (the preset's order). */
export function byProfile(rows: readonly ActivityRow[]): Array<{ profileId: string; profileName: string; rows: ActivityRow[] }> {
  const groups = new Map<string, { profileId: string; profileName: string; rows: ActivityRow[] }>();
  for (const row of rows) {
    const group = groups.get(row.profileId) ?? { profileId: row.profileId, profileName: row.profileName, rows: [] };
    group.rows.push(row);
    groups.set(row.profileId, group);
  }
  return [...groups.values()];
}
