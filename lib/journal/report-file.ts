/**
 * The report file an admin hands to the Diskominfo: one JSON document per export (format
 * "saring-report"), counts only. It holds no caption, no note, no first line and nothing a citizen
 * wrote: a coordinator can collect hundreds of them on a shared drive without collecting personal
 * data. Counts are kept per day and platform, so the coordinator can cut any period and platform
 * out of a month's file.
 */
import { PLATFORMS, type Category, type InstitutionType, type Platform, type Profile, type Severity, type TimeZoneName } from '../checks/types';
export { INSTITUTION_TYPES, type InstitutionType } from '../checks/types';
import type { JournalEntry } from './types';
import { toIsoDate } from '../templates/dates';
import { counts, isReply } from './entry';
import { civilAt, stampIn, zoneOf } from './time';

export const REPORT_FORMAT = 'saring-report';
export const REPORT_VERSION = 1;


export const REPORT_PURPOSES = ['informatif', 'edukatif', 'promotif', 'none'] as const;
export type ReportPurpose = (typeof REPORT_PURPOSES)[number];

/** Posts and replies of one institution on one platform on one day (in the institution's zone). */
export interface ReportDay {
  /** YYYY-MM-DD. */
  date: string;
  platform: Platform;
  posts: number;
  replies: number;
  /** Posts and replies that started from a template. */
  withTemplate: number;
  /** Posts that went out after "post anyway". */
  overriddenPosts: number;
  /** Posts per purpose of the template used ("none": no template or one without a purpose). */
  purposes: Partial<Record<ReportPurpose, number>>;
  /** Template id → uses. */
  templates: Record<string, number>;
  /** Rule id → posts that went out with a finding of that rule left. */
  findingsLeft: Record<string, number>;
  /** Rule id → posts that went out with that finding after "post anyway". */
  overridden: Record<string, number>;
}

export interface ReportAccount {
  platform: Platform;
  /** Without @; null when the profile has no handle there. */
  handle: string | null;
  /** ISO instant of the last post known to this journal (any time, not only in the period). */
  lastPostAt: string | null;
}

/** What the report keeps of a rule, so a coordinator without the pack still has its category. */
export interface ReportRule {
  ruleId: string;
  category: Category;
  severity: Severity;
}

export interface ReportInstitution {
  profileId: string;
  name: string;
  type?: InstitutionType;
  timeZone: TimeZoneName;
  target: { postsPerWeek?: number; silentAfterDays?: number };
  accounts: ReportAccount[];
  days: ReportDay[];
  rules: ReportRule[];
}

export interface ReportFile {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  /** ISO instant the file was made. */
  generatedAt: string;
  /** Inclusive calendar days, in each institution's own zone. */
  period: { from: string; to: string };
  institutions: ReportInstitution[];
}

export type ReportProfile = Pick<Profile, 'id' | 'officialName' | 'handles' | 'timeZone' | 'activity' | 'institutionType'>;

export interface ReportFileQuery {
  from: string;
  to: string;
  /** Empty: every profile the preset has. Posts without a profile are left out (nobody to report). */
  profileIds: readonly string[];
  now: number;
}

function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

function emptyDay(date: string, platform: Platform): ReportDay {
  return { date, platform, posts: 0, replies: 0, withTemplate: 0, overriddenPosts: 0, purposes: {}, templates: {}, findingsLeft: {}, overridden: {} };
}

function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * The report file for a period. `entries` may hold more than the period (the journal's query is
 * widened by a day for the zones); each entry is placed on its institution's own calendar day.
 * Records with `Object.create(null)` keys are avoided on purpose: the file is JSON, and JSON.parse
 * gives plain objects back.
 */
export function buildReportFile(entries: readonly JournalEntry[], profiles: readonly ReportProfile[], query: ReportFileQuery): ReportFile {
  const wanted = query.profileIds.length > 0 ? new Set(query.profileIds) : null;
  const chosen = profiles.filter((profile) => !wanted || wanted.has(profile.id));
  const institutions: ReportInstitution[] = [];
  for (const profile of chosen) {
    const zone = zoneOf(profile);
    const days = new Map<string, ReportDay>();
    const rules = new Map<string, ReportRule>();
    const lastPost = new Map<Platform, number>();
    for (const entry of entries) {
      const reply = isReply(entry);
      if (entry.profileId !== profile.id || (!reply && !counts(entry))) continue;
      if (!reply) lastPost.set(entry.platform, Math.max(lastPost.get(entry.platform) ?? 0, entry.postedAt));
      const date = toIsoDate(civilAt(entry.postedAt, zone));
      if (date < query.from || date > query.to) continue;
      const key = `${date} ${entry.platform}`;
      const day = days.get(key) ?? emptyDay(date, entry.platform);
      days.set(key, day);
      if (entry.templateId !== null) day.withTemplate += 1;
      if (reply) {
        day.replies += 1;
        continue;
      }
      day.posts += 1;
      bump(day.purposes, entry.purpose ?? 'none');
      if (entry.templateId !== null) bump(day.templates, entry.templateId);
      if (entry.overridden) day.overriddenPosts += 1;
      const seen = new Set<string>();
      for (const finding of entry.findingsLeft) {
        if (seen.has(finding.ruleId)) continue;
        seen.add(finding.ruleId);
        rules.set(finding.ruleId, { ruleId: finding.ruleId, category: finding.category, severity: finding.severity });
        bump(day.findingsLeft, finding.ruleId);
        if (entry.overridden) bump(day.overridden, finding.ruleId);
      }
    }
    const platforms = PLATFORMS.filter((platform) => Boolean(profile.handles[platform]) || lastPost.has(platform));
    institutions.push({
      profileId: profile.id,
      name: profile.officialName,
      ...(profile.institutionType ? { type: profile.institutionType } : {}),
      timeZone: zone,
      target: { ...profile.activity },
      accounts: (platforms.length > 0 ? platforms : [...PLATFORMS]).map((platform) => {
        const last = lastPost.get(platform);
        return { platform, handle: profile.handles[platform] ?? null, lastPostAt: last === undefined ? null : isoInstant(last) };
      }),
      days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date) || a.platform.localeCompare(b.platform)),
      rules: [...rules.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId)),
    });
  }
  return { format: REPORT_FORMAT, version: REPORT_VERSION, generatedAt: isoInstant(query.now), period: { from: query.from, to: query.to }, institutions };
}

/** "saring-laporan-pemkab-sleman-2026-11.json": sortable, and says whose and which period. */
export function reportFileName(file: ReportFile): string {
  const who = file.institutions.length === 1 ? file.institutions[0]!.profileId : 'semua';
  const { from, to } = file.period;
  const month = from.slice(0, 7);
  const wholeMonth = from.endsWith('-01') && to.slice(0, 7) === month && Number(to.slice(8)) >= 28;
  const period = wholeMonth ? month : `${from}_${to}`;
  return `saring-laporan-${who.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}-${period}.json`;
}

export function reportFileText(file: ReportFile): string {
  // One line: files are read by programs, and a province's thousands of them load faster compact.
  return `${JSON.stringify(file)}\n`;
}

/** When the report was made, in the first institution's zone (for the coordinator's list). */
export function generatedStamp(file: ReportFile): string {
  return stampIn(Date.parse(file.generatedAt), file.institutions[0]?.timeZone ?? 'WIB');
}
