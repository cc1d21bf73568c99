/**
 * Replies in the journal (issue 18): how many answers went out per day and per platform, and how
 * many used a template. Pure, one pass; the report and the popup share it.
 */
import type { Platform, TimeZoneName } from '../checks/types';
import type { JournalEntry } from './types';
import { isReply } from './entry';
import { civilAt, monthKeyOf, type MonthKey } from './time';

export interface ReplyDay {
  /** Day of the month. */
  day: number;
  byPlatform: Record<Platform, number>;
  total: number;
  withTemplate: number;
}

export interface ReplySummary {
  total: number;
  withTemplate: number;
  byPlatform: Record<Platform, number>;
  /** Days with at least one reply, in order. */
  days: ReplyDay[];
}

const zero = (): Record<Platform, number> => ({ instagram: 0, facebook: 0, tiktok: 0 });

export function emptyReplySummary(): ReplySummary {
  return { total: 0, withTemplate: 0, byPlatform: zero(), days: [] };
}

/** Adds one reply sent on `day` of the month (keeps `days` ordered). */
export function addReply(summary: ReplySummary, entry: JournalEntry, day: number): void {
  const templated = entry.templateId !== null ? 1 : 0;
  summary.total += 1;
  summary.withTemplate += templated;
  summary.byPlatform[entry.platform] += 1;
  let row = summary.days.find((d) => d.day === day);
  if (!row) {
    row = { day, byPlatform: zero(), total: 0, withTemplate: 0 };
    summary.days.push(row);
    summary.days.sort((a, b) => a.day - b.day);
  }
  row.byPlatform[entry.platform] += 1;
  row.total += 1;
  row.withTemplate += templated;
}

/** The replies of one month, each counted on its day in the zone `zoneFor` gives it. */
export function summarizeReplies(entries: readonly JournalEntry[], month: MonthKey, zoneFor: (entry: JournalEntry) => TimeZoneName): ReplySummary {
  const summary = emptyReplySummary();
  for (const entry of entries) {
    if (!isReply(entry)) continue;
    const day = civilAt(entry.postedAt, zoneFor(entry));
    if (monthKeyOf(day) === month) addReply(summary, entry, day.day);
  }
  return summary;
}
