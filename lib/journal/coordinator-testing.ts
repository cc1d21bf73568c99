/** Generated report files for the coordinator's tests and bench (not used by the extension). */
import { PLATFORMS, type InstitutionType, type Platform } from '../checks/types';
import { civilFromDayNumber, dayNumber, parseIsoDate, toIsoDate } from '../templates/dates';
import { REPORT_FORMAT, REPORT_VERSION, type ReportDay, type ReportFile } from './report-file';

const TYPES: InstitutionType[] = ['opd', 'kecamatan', 'desa', 'kelurahan', 'bumd'];
const RULES = [
  { ruleId: 'personal-phone', category: 'personal-data', severity: 'warning' },
  { ruleId: 'hashtag-required', category: 'hashtag', severity: 'warning' },
  { ruleId: 'hoax-signs', category: 'hoax', severity: 'warning' },
] as const;

/** What the generator put in, to compare the coordinator's sums with. */
export interface GeneratedTotals {
  posts: number;
  replies: number;
  overridden: Record<string, number>;
  postsByPlatform: Record<Platform, number>;
}

/** A small deterministic generator (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` files: one per institution and month, `institutions` institutions spread over the months
 * starting at `firstMonth` (YYYY-MM-01). Each file is what one admin's report page would export.
 */
export function generateReportFiles(count: number, institutions: number, firstMonth = '2026-01-01', seed = 7): { files: ReportFile[]; totals: GeneratedTotals } {
  const next = random(seed);
  const totals: GeneratedTotals = { posts: 0, replies: 0, overridden: {}, postsByPlatform: { instagram: 0, facebook: 0, tiktok: 0 } };
  const files: ReportFile[] = [];
  const start = parseIsoDate(firstMonth)!;
  for (let index = 0; index < count; index++) {
    const institution = index % institutions;
    const month = Math.floor(index / institutions);
    const year = start.year + Math.floor((start.month - 1 + month) / 12);
    const monthNumber = ((start.month - 1 + month) % 12) + 1;
    const first = dayNumber({ year, month: monthNumber, day: 1 });
    const last = dayNumber({ year: monthNumber === 12 ? year + 1 : year, month: (monthNumber % 12) + 1, day: 1 }) - 1;
    const days: ReportDay[] = [];
    let lastPost: number | null = null;
    for (let day = first; day <= last; day++) {
      for (const platform of PLATFORMS) {
        if (next() > 0.35) continue;
        const posts = 1 + Math.floor(next() * 2);
        const replies = Math.floor(next() * 3);
        const overridden: Record<string, number> = {};
        const rule = RULES[Math.floor(next() * RULES.length)]!;
        if (next() < 0.2) overridden[rule.ruleId] = 1;
        days.push({
          date: toIsoDate(civilFromDayNumber(day)),
          platform,
          posts,
          replies,
          withTemplate: Math.min(posts + replies, Math.floor(next() * (posts + replies + 1))),
          overriddenPosts: Object.keys(overridden).length,
          purposes: { informatif: posts },
          templates: {},
          findingsLeft: { ...overridden },
          overridden,
        });
        totals.posts += posts;
        totals.replies += replies;
        totals.postsByPlatform[platform] += posts;
        for (const id of Object.keys(overridden)) totals.overridden[id] = (totals.overridden[id] ?? 0) + 1;
        lastPost = day;
      }
    }
    const lastPostAt = lastPost === null ? null : new Date(lastPost * 86_400_000 + 3 * 3_600_000).toISOString();
    files.push({
      format: REPORT_FORMAT,
      version: REPORT_VERSION,
      generatedAt: new Date((last + 1) * 86_400_000 + index).toISOString(),
      period: { from: toIsoDate(civilFromDayNumber(first)), to: toIsoDate(civilFromDayNumber(last)) },
      institutions: [
        {
          profileId: `unit-${institution}`,
          name: `Unit Kerja ${institution}`,
          type: TYPES[institution % TYPES.length]!,
          timeZone: 'WIB',
          target: { postsPerWeek: 3, silentAfterDays: 7 },
          accounts: PLATFORMS.map((platform) => ({ platform, handle: `unit${institution}`, lastPostAt })),
          days,
          rules: RULES.map((rule) => ({ ...rule })),
        },
      ],
    });
  }
  return { files, totals };
}
