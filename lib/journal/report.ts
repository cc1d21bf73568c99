import type { Category, Platform, Profile, Severity, TimeZoneName } from '../checks/types';
import type { JournalEntry } from './types';
import { TEMPLATE_PURPOSES, type TemplatePurpose } from '../templates/types';
import { counts } from './entry';
import { addReply, emptyReplySummary, type ReplySummary } from './replies';
import { civilAt, monthBounds, monthKeyOf, weekOfMonth, zoneOf, type MonthKey } from './time';

export type PurposeKey = TemplatePurpose | 'none';
export const PURPOSE_KEYS: readonly PurposeKey[] = [...TEMPLATE_PURPOSES, 'none'];

export interface ReportWeek {
  week: number;
  /** Day of the month the week starts and ends on (the last week is short). */
  firstDay: number;
  lastDay: number;
  byPlatform: Record<Platform, number>;
  total: number;
}

export interface ReportPost {
  entry: JournalEntry;
  zone: TimeZoneName;
  /** The profile's official name, or null when the profile is unknown (deleted, or none chosen). */
  profileName: string | null;
}

export interface OverriddenCheck {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Posts that went out with this finding after "post anyway". */
  count: number;
}

export interface ReportModel {
  month: MonthKey;
  /** Posts that went out (marked "not posted" and practice posts excluded). */
  total: number;
  byPlatform: Record<Platform, number>;
  byPurpose: Record<PurposeKey, number>;
  weeks: ReportWeek[];
  /** Every entry of the month for the chosen profiles, newest first, including "not posted". */
  posts: ReportPost[];
  /** Posts recorded at the click whose site never confirmed them (listed, not counted in total). */
  unconfirmed: number;
  /** Posts that went out after the prompt was overridden. */
  overriddenPosts: number;
  overridden: OverriddenCheck[];
  /** Replies sent in comment boxes (not in `posts` or any post count). */
  replies: ReplySummary;
}

export interface ReportQuery {
  month: MonthKey;
  /** Empty: every profile, and posts without one. */
  profileIds: readonly string[];
}

function zeroPlatforms(): Record<Platform, number> {
  return { instagram: 0, facebook: 0, tiktok: 0 };
}

function emptyWeeks(days: number): ReportWeek[] {
  const weeks: ReportWeek[] = [];
  for (let first = 1; first <= days; first += 7) {
    weeks.push({ week: weekOfMonth(first), firstDay: first, lastDay: Math.min(first + 6, days), byPlatform: zeroPlatforms(), total: 0 });
  }
  return weeks;
}

/** The monthly report: one pass over the entries, so 10,000 of them cost milliseconds. */
export function buildReport(
  entries: readonly JournalEntry[],
  profiles: readonly Pick<Profile, 'id' | 'officialName' | 'timeZone'>[],
  query: ReportQuery,
): ReportModel {
  const bounds = monthBounds(query.month);
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  const wanted = query.profileIds.length > 0 ? new Set(query.profileIds) : null;
  const model: ReportModel = {
    month: query.month,
    total: 0,
    byPlatform: zeroPlatforms(),
    byPurpose: { informatif: 0, edukatif: 0, promotif: 0, none: 0 },
    weeks: emptyWeeks(bounds?.days ?? 0),
    posts: [],
    unconfirmed: 0,
    overriddenPosts: 0,
    overridden: [],
    replies: emptyReplySummary(),
  };
  if (!bounds) return model;
  const checks = new Map<string, OverriddenCheck>();
  for (const entry of entries) {
    if (entry.practice) continue;
    if (wanted && (entry.profileId === null || !wanted.has(entry.profileId))) continue;
    const profile = entry.profileId === null ? undefined : byId.get(entry.profileId);
    const zone = zoneOf(profile);
    const day = civilAt(entry.postedAt, zone);
    if (monthKeyOf(day) !== query.month) continue;
    if (entry.kind === 'reply') {
      if (entry.posted) addReply(model.replies, entry, day.day);
      continue;
    }
    model.posts.push({ entry, zone, profileName: profile?.officialName ?? null });
    if (entry.posted && entry.unconfirmed) model.unconfirmed += 1;
    if (!counts(entry)) continue;
    model.total += 1;
    model.byPlatform[entry.platform] += 1;
    model.byPurpose[entry.purpose ?? 'none'] += 1;
    const week = model.weeks[weekOfMonth(day.day) - 1];
    if (week) {
      week.byPlatform[entry.platform] += 1;
      week.total += 1;
    }
    if (!entry.overridden) continue;
    model.overriddenPosts += 1;
    const seen = new Set<string>();
    for (const finding of entry.findingsLeft) {
      // Two NIKs in one caption are one overridden check for this post.
      if (seen.has(finding.ruleId)) continue;
      seen.add(finding.ruleId);
      const check = checks.get(finding.ruleId) ?? { ...finding, count: 0 };
      check.count += 1;
      checks.set(finding.ruleId, check);
    }
  }
  model.posts.sort((a, b) => b.entry.postedAt - a.entry.postedAt);
  model.overridden = [...checks.values()].sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
  return model;
}
