import { describe, expect, it } from 'vitest';
import { buildReport } from './report';
import { entryFor, profileFor, wib } from './testing';

const profiles = [
  profileFor({ id: 'kominfo', officialName: 'Diskominfo' }),
  profileFor({ id: 'papua', officialName: 'Dinas Papua', timeZone: 'WIT' }),
];

const nik = { ruleId: 'personal-data/nik', category: 'personal-data', severity: 'error' } as const;
const hoax = { ruleId: 'hoax/sebarkan', category: 'hoax', severity: 'warning' } as const;

const entries = [
  entryFor({ id: 'oct', postedAt: wib('2026-10-31 23:00') }),
  entryFor({ id: 'w1', postedAt: wib('2026-11-01 08:00'), purpose: 'informatif', templateId: 't1' }),
  entryFor({ id: 'w1b', postedAt: wib('2026-11-07 21:00'), platform: 'facebook', purpose: 'edukatif' }),
  entryFor({ id: 'w2', postedAt: wib('2026-11-08 08:00'), platform: 'tiktok', overridden: true, findingsLeft: [nik, nik, hoax] }),
  entryFor({ id: 'w5', postedAt: wib('2026-11-30 10:00'), overridden: true, findingsLeft: [nik], purpose: 'promotif' }),
  entryFor({ id: 'not', postedAt: wib('2026-11-15 10:00'), posted: false }),
  entryFor({ id: 'practice', postedAt: wib('2026-11-15 11:00'), practice: true }),
  // 22.30 WIB on the 30th is 00.30 WIT on 1 December: December in Papua.
  entryFor({ id: 'papua-dec', postedAt: wib('2026-11-30 22:30'), profileId: 'papua' }),
  entryFor({ id: 'papua-nov', postedAt: wib('2026-11-30 21:00'), profileId: 'papua', platform: 'facebook' }),
  entryFor({ id: 'nobody', postedAt: wib('2026-11-20 10:00'), profileId: null }),
];

describe('buildReport', () => {
  const all = buildReport(entries, profiles, { month: '2026-11', profileIds: [] });

  it('counts posts per platform and purpose, without "not posted" and practice posts', () => {
    expect(all.total).toBe(6);
    expect(all.byPlatform).toEqual({ instagram: 3, facebook: 2, tiktok: 1 });
    expect(all.byPurpose).toEqual({ informatif: 1, edukatif: 1, promotif: 1, none: 3 });
  });

  it('groups weeks by days 1–7, 8–14 … with a short last week', () => {
    expect(all.weeks.map((week) => [week.firstDay, week.lastDay, week.total])).toEqual([
      [1, 7, 2],
      [8, 14, 1],
      [15, 21, 1],
      [22, 28, 0],
      [29, 30, 2],
    ]);
    expect(all.weeks[0]?.byPlatform).toEqual({ instagram: 1, facebook: 1, tiktok: 0 });
  });

  it('lists every entry of the month newest first, "not posted" included, practice not', () => {
    expect(all.posts.map((post) => post.entry.id)).toEqual(['papua-nov', 'w5', 'nobody', 'not', 'w2', 'w1b', 'w1']);
    expect(all.posts.find((post) => post.entry.id === 'papua-nov')).toMatchObject({ zone: 'WIT', profileName: 'Dinas Papua' });
    expect(all.posts.find((post) => post.entry.id === 'nobody')?.profileName).toBeNull();
  });

  it('counts each overridden check once per post', () => {
    expect(all.overriddenPosts).toBe(2);
    expect(all.overridden).toEqual([
      { ...nik, count: 2 },
      { ...hoax, count: 1 },
    ]);
  });

  it.each([
    [['papua'], ['papua-nov']],
    [['kominfo'], ['w5', 'not', 'w2', 'w1b', 'w1']],
    [['papua', 'kominfo'], ['papua-nov', 'w5', 'not', 'w2', 'w1b', 'w1']],
    [['unknown'], []],
  ])('profiles %j → %j', (profileIds, ids) => {
    expect(buildReport(entries, profiles, { month: '2026-11', profileIds }).posts.map((post) => post.entry.id)).toEqual(ids);
  });

  it('puts a late-evening Papua post in its own December', () => {
    const december = buildReport(entries, profiles, { month: '2026-12', profileIds: [] });
    expect(december.posts.map((post) => post.entry.id)).toEqual(['papua-dec']);
    expect(december.weeks).toHaveLength(5);
  });

  it('returns an empty report for a malformed month', () => {
    const bad = buildReport(entries, profiles, { month: '2026-1', profileIds: [] });
    expect([bad.total, bad.posts.length, bad.weeks.length]).toEqual([0, 0, 0]);
  });

  it('builds 10,000 entries into one report', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => entryFor({ id: `m${i}`, postedAt: wib('2026-11-01 08:00') + i * 60_000 }));
    expect(buildReport(many, profiles, { month: '2026-11', profileIds: [] }).total).toBe(10_000);
  });
});
