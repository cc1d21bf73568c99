import { describe, expect, it } from 'vitest';
import { activityRows, monthTarget } from './activity';
import { entryFor, profileFor, wib } from './testing';

const NOW = wib('2026-11-24 10:00');

describe('monthTarget', () => {
  it.each([
    [3, 30, 13],
    [3, 28, 12],
    [7, 31, 31],
    [1, 31, 5],
    [0, 30, null],
    [undefined, 30, null],
  ])('%s a week in a %i-day month → %s', (perWeek, days, target) => {
    expect(monthTarget(perWeek, days)).toBe(target);
  });
});

describe('activityRows', () => {
  const kominfo = profileFor({
    id: 'kominfo',
    officialName: 'Dinas Komunikasi dan Informatika',
    handles: { instagram: 'kominfo', facebook: 'kominfo' },
    activity: { postsPerWeek: 3, silentAfterDays: 7 },
  });

  it('counts this month and days since the last post per platform', () => {
    const entries = [
      entryFor({ id: 'a', postedAt: wib('2026-10-31 20:00'), platform: 'instagram' }),
      entryFor({ id: 'b', postedAt: wib('2026-11-02 08:00'), platform: 'instagram' }),
      entryFor({ id: 'c', postedAt: wib('2026-11-23 22:00'), platform: 'instagram' }),
      entryFor({ id: 'd', postedAt: wib('2026-11-10 09:00'), platform: 'facebook' }),
    ];
    expect(activityRows(entries, [kominfo], NOW)).toEqual([
      {
        profileId: 'kominfo',
        profileName: 'Dinas Komunikasi dan Informatika',
        platform: 'instagram',
        lastPostAt: wib('2026-11-23 22:00'),
        daysSinceLastPost: 1,
        monthCount: 2,
        monthTarget: 13,
        silent: false,
      },
      {
        profileId: 'kominfo',
        profileName: 'Dinas Komunikasi dan Informatika',
        platform: 'facebook',
        lastPostAt: wib('2026-11-10 09:00'),
        daysSinceLastPost: 14,
        monthCount: 1,
        monthTarget: 13,
        silent: true,
      },
    ]);
  });

  it.each([
    ['posted exactly the allowed days ago', wib('2026-11-17 09:00'), false],
    ['posted one day more than allowed', wib('2026-11-16 09:00'), true],
  ])('%s', (_, postedAt, silent) => {
    const rows = activityRows([entryFor({ id: 'x', postedAt })], [kominfo], NOW);
    expect(rows.find((row) => row.platform === 'instagram')?.silent).toBe(silent);
  });

  it('ignores posts marked not posted, practice posts and other profiles', () => {
    const entries = [
      entryFor({ id: 'a', postedAt: wib('2026-11-20 08:00'), posted: false }),
      entryFor({ id: 'b', postedAt: wib('2026-11-21 08:00'), practice: true }),
      entryFor({ id: 'c', postedAt: wib('2026-11-22 08:00'), profileId: 'other' }),
    ];
    const row = activityRows(entries, [kominfo], NOW).find((item) => item.platform === 'instagram');
    expect(row).toMatchObject({ lastPostAt: null, daysSinceLastPost: null, monthCount: 0 });
  });

  it('is not silent right after installing, but is once the journal is older than the limit', () => {
    const fresh = activityRows([], [kominfo], NOW);
    expect(fresh.every((row) => !row.silent && row.daysSinceLastPost === null)).toBe(true);
    const old = activityRows([entryFor({ id: 'o', postedAt: wib('2026-10-01 08:00'), profileId: 'other' })], [kominfo], NOW);
    expect(old.every((row) => row.silent)).toBe(true);
  });

  it('never calls a profile without a limit silent', () => {
    const relaxed = profileFor({ id: 'relaxed', handles: {} });
    const rows = activityRows([entryFor({ id: 'o', postedAt: wib('2025-01-01 08:00'), profileId: 'relaxed' })], [relaxed], NOW);
    expect(rows.map((row) => [row.platform, row.silent, row.monthTarget])).toEqual([['instagram', false, null]]);
  });

  it('shows all three platforms for a profile without handles or posts', () => {
    const rows = activityRows([], [profileFor({ id: 'baru', handles: {} })], NOW);
    expect(rows.map((row) => row.platform)).toEqual(['instagram', 'facebook', 'tiktok']);
  });

  it('counts days in the profile zone: 23.30 WIT yesterday is yesterday', () => {
    const papua = profileFor({ id: 'papua', timeZone: 'WIT', handles: { tiktok: 'papua' } });
    const postedAt = Date.parse('2026-11-23T23:30:00+09:00');
    const now = Date.parse('2026-11-24T00:30:00+09:00');
    expect(activityRows([entryFor({ id: 'p', postedAt, profileId: 'papua', platform: 'tiktok' })], [papua], now)[0]?.daysSinceLastPost).toBe(1);
  });
});
