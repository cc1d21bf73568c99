/**
 * The Diskominfo's view over many admins' report files. Files are folded into one collection as
 * they are read (memory grows with the distinct institution-days, not with the files), and any
 * period, platform and kind of institution is cut out of it afterwards.
 *
 * Two files may cover the same days of the same institution (a monthly file and a file for "this
 * quarter", or the same file collected twice): for each institution, day and platform the newest
 * file wins, so nothing is counted twice.
 */
import { PLATFORMS, type Platform, type TimeZoneName } from '../checks/types';
import { dayNumber, parseIsoDate } from '../templates/dates';
import type { InstitutionType, ReportDay, ReportFile, ReportRule } from './report-file';
import { zoneDay } from './time';

/** Silent after this many days when the institution's own preset sets no threshold. */
export const DEFAULT_SILENT_AFTER_DAYS = 14;

interface CollectedAccount {
  handle: string | null;
  lastPostAt: number | null;
}

interface CollectedDay {
  day: ReportDay;
  madeAt: number;
}

interface CollectedInstitution {
  profileId: string;
  name: string;
  type: InstitutionType | null;
  timeZone: TimeZoneName;
  target: { postsPerWeek?: number; silentAfterDays?: number };
  /** generatedAt of the newest file that named this institution (its name and target win). */
  madeAt: number;
  accounts: Map<Platform, CollectedAccount>;
  days: Map<string, CollectedDay>;
  rules: Map<string, ReportRule>;
}

export interface Collection {
  institutions: Map<string, CollectedInstitution>;
  files: number;
  /** Earliest and latest day any file covers (the page's default period). */
  from: string | null;
  to: string | null;
}

export function createCollection(): Collection {
  return { institutions: new Map(), files: 0, from: null, to: null };
}

export function addReportFile(collection: Collection, file: ReportFile): void {
  const madeAt = Date.parse(file.generatedAt);
  collection.files += 1;
  if (collection.from === null || file.period.from < collection.from) collection.from = file.period.from;
  if (collection.to === null || file.period.to > collection.to) collection.to = file.period.to;
  for (const source of file.institutions) {
    let institution = collection.institutions.get(source.profileId);
    if (!institution) {
      institution = { profileId: source.profileId, name: source.name, type: source.type ?? null, timeZone: source.timeZone, target: source.target, madeAt, accounts: new Map(), days: new Map(), rules: new Map() };
      collection.institutions.set(source.profileId, institution);
    } else if (madeAt >= institution.madeAt) {
      Object.assign(institution, { name: source.name, type: source.type ?? null, timeZone: source.timeZone, target: source.target, madeAt });
    }
    for (const account of source.accounts) {
      const known = institution.accounts.get(account.platform);
      const last = account.lastPostAt === null ? null : Date.parse(account.lastPostAt);
      institution.accounts.set(account.platform, {
        handle: account.handle ?? known?.handle ?? null,
        lastPostAt: known?.lastPostAt == null ? last : last === null ? known.lastPostAt : Math.max(known.lastPostAt, last),
      });
    }
    for (const day of source.days) {
      const key = `${day.date} ${day.platform}`;
      const known = institution.days.get(key);
      if (!known || madeAt >= known.madeAt) institution.days.set(key, { day, madeAt });
    }
    for (const rule of source.rules) institution.rules.set(rule.ruleId, rule);
  }
}

export interface CoordinatorQuery {
  from: string;
  to: string;
  platform: Platform | 'all';
  type: InstitutionType | 'all';
  now: number;
}

export interface CoordinatorRow {
  profileId: string;
  name: string;
  type: InstitutionType | null;
  platform: Platform;
  handle: string | null;
  posts: number;
  replies: number;
  /** Share of posts and replies that started from a template (0–1), null with nothing sent. */
  templateShare: number | null;
  postsPerWeek: number;
  targetPerWeek: number | null;
  /** Posts per week reached the target (null when the preset sets none). */
  meetsTarget: boolean | null;
  lastPostAt: number | null;
  /** Days since the last post, counted in the institution's zone; null when it never posted. */
  daysSinceLastPost: number | null;
  silentAfterDays: number;
  silent: boolean;
  overriddenPosts: number;
}

export interface OverriddenRule extends ReportRule {
  /** Posts that went out with this finding after "post anyway". */
  count: number;
  /** How many institutions did it at least once. */
  institutions: number;
}

export interface CoordinatorModel {
  query: CoordinatorQuery;
  rows: CoordinatorRow[];
  overridden: OverriddenRule[];
  totals: { institutions: number; accounts: number; silent: number; posts: number; replies: number; withTemplate: number; overriddenPosts: number };
}

function daysBetween(from: string, to: string): number {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (!start || !end) return 0;
  return Math.max(0, dayNumber(end) - dayNumber(start) + 1);
}

/** Silent accounts first, then the longest silence, then by name: who needs a call goes on top. */
function bySilence(a: CoordinatorRow, b: CoordinatorRow): number {
  if (a.silent !== b.silent) return a.silent ? -1 : 1;
  const da = a.daysSinceLastPost ?? Number.POSITIVE_INFINITY;
  const db = b.daysSinceLastPost ?? Number.POSITIVE_INFINITY;
  if (da !== db) return db - da;
  return a.name.localeCompare(b.name, 'id') || a.platform.localeCompare(b.platform);
}

export function summarize(collection: Collection, query: CoordinatorQuery): CoordinatorModel {
  const weeks = daysBetween(query.from, query.to) / 7;
  const rows: CoordinatorRow[] = [];
  const overridden = new Map<string, OverriddenRule>();
  const platforms = query.platform === 'all' ? PLATFORMS : [query.platform];
  for (const institution of collection.institutions.values()) {
    if (query.type !== 'all' && institution.type !== query.type) continue;
    const perPlatform = new Map<Platform, { posts: number; replies: number; withTemplate: number; overriddenPosts: number }>();
    const seenRules = new Set<string>();
    for (const { day } of institution.days.values()) {
      if (day.date < query.from || day.date > query.to || !platforms.includes(day.platform)) continue;
      const sums = perPlatform.get(day.platform) ?? { posts: 0, replies: 0, withTemplate: 0, overriddenPosts: 0 };
      sums.posts += day.posts;
      sums.replies += day.replies;
      sums.withTemplate += day.withTemplate;
      sums.overriddenPosts += day.overriddenPosts;
      perPlatform.set(day.platform, sums);
      for (const [ruleId, times] of Object.entries(day.overridden)) {
        const rule = institution.rules.get(ruleId);
        if (!rule) continue;
        const known = overridden.get(ruleId) ?? { ...rule, count: 0, institutions: 0 };
        known.count += times;
        if (!seenRules.has(ruleId)) known.institutions += 1;
        seenRules.add(ruleId);
        overridden.set(ruleId, known);
      }
    }
    const silentAfterDays = institution.target.silentAfterDays ?? DEFAULT_SILENT_AFTER_DAYS;
    const targetPerWeek = institution.target.postsPerWeek ?? null;
    for (const platform of platforms) {
      const account = institution.accounts.get(platform);
      const sums = perPlatform.get(platform);
      if (!account && !sums) continue;
      const posts = sums?.posts ?? 0;
      const replies = sums?.replies ?? 0;
      const lastPostAt = account?.lastPostAt ?? null;
      const daysSinceLastPost = lastPostAt === null ? null : Math.max(0, zoneDay(query.now, institution.timeZone) - zoneDay(lastPostAt, institution.timeZone));
      const postsPerWeek = weeks > 0 ? posts / weeks : 0;
      rows.push({
        profileId: institution.profileId,
        name: institution.name,
        type: institution.type,
        platform,
        handle: account?.handle ?? null,
        posts,
        replies,
        templateShare: posts + replies > 0 ? (sums?.withTemplate ?? 0) / (posts + replies) : null,
        postsPerWeek,
        targetPerWeek,
        meetsTarget: targetPerWeek === null ? null : postsPerWeek + 1e-9 >= targetPerWeek,
        lastPostAt,
        daysSinceLastPost,
        silentAfterDays,
        silent: daysSinceLastPost === null || daysSinceLastPost > silentAfterDays,
        overriddenPosts: sums?.overriddenPosts ?? 0,
      });
    }
  }
  rows.sort(bySilence);
  const institutions = new Set(rows.map((row) => row.profileId));
  return {
    query,
    rows,
    overridden: [...overridden.values()].sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId)),
    totals: {
      institutions: institutions.size,
      accounts: rows.length,
      silent: rows.filter((row) => row.silent).length,
      posts: rows.reduce((sum, row) => sum + row.posts, 0),
      replies: rows.reduce((sum, row) => sum + row.replies, 0),
      withTemplate: rows.reduce((sum, row) => sum + Math.round((row.templateShare ?? 0) * (row.posts + row.replies)), 0),
      overriddenPosts: rows.reduce((sum, row) => sum + row.overriddenPosts, 0),
    },
  };
}
