import { describe, expect, it } from 'vitest';
import { addReportFile, createCollection, summarize, type CoordinatorQuery } from './coordinator';
import { generateReportFiles } from './coordinator-testing';
import { buildReportFile } from './report-file';
import { entryFor, profileFor, wib } from './testing';

const now = wib('2026-12-01 08:00');
const november: CoordinatorQuery = { from: '2026-11-01', to: '2026-11-30', platform: 'all', type: 'all', now };
const nik = { ruleId: 'personal-nik', category: 'personal-data', severity: 'error' } as const;
const phone = { ruleId: 'personal-phone', category: 'personal-data', severity: 'warning' } as const;

/** One admin's browser: a profile, its posts, the file its report page exports. */
function adminFile(id: string, type: 'opd' | 'desa' | 'kecamatan', posts: Array<Parameters<typeof entryFor>[0]>, made = now) {
  const profile = profileFor({ id, officialName: `Kantor ${id}`, institutionType: type, activity: { postsPerWeek: 2, silentAfterDays: 7 }, handles: { instagram: id } });
  return buildReportFile(posts.map((post) => entryFor({ ...post, profileId: id })), [profile], { from: '2026-11-01', to: '2026-11-30', profileIds: [], now: made });
}

describe('summarize', () => {
  const busy = adminFile('dinkes', 'opd', [
    { id: '1', postedAt: wib('2026-11-03 08:00'), templateId: 't' },
    { id: '2', postedAt: wib('2026-11-10 08:00'), overridden: true, findingsLeft: [phone] },
    { id: '3', postedAt: wib('2026-11-17 08:00'), templateId: 't' },
    { id: '4', postedAt: wib('2026-11-24 08:00') },
    { id: '5', postedAt: wib('2026-11-29 08:00'), overridden: true, findingsLeft: [phone, nik] },
    { id: '6', postedAt: wib('2026-11-29 09:00'), kind: 'reply', templateId: 'r' },
  ]);
  const silent = adminFile('desa-sukamaju', 'desa', [{ id: '1', postedAt: wib('2026-11-02 08:00'), overridden: true, findingsLeft: [phone] }]);
  const never = adminFile('kec-mlati', 'kecamatan', []);
  const collection = createCollection();
  for (const file of [busy, silent, never]) addReportFile(collection, file);
  const model = summarize(collection, november);

  it('puts silent accounts first: never posted, then the longest silence', () => {
    expect(model.rows.map((row) => [row.profileId, row.platform, row.silent, row.daysSinceLastPost])).toEqual([
      ['kec-mlati', 'instagram', true, null],
      ['desa-sukamaju', 'instagram', true, 29],
      ['dinkes', 'instagram', false, 2],
    ]);
  });

  it('gives posts per week against the target and the template share', () => {
    const row = model.rows.find((item) => item.profileId === 'dinkes')!;
    expect(row.posts).toBe(5);
    expect(row.replies).toBe(1);
    expect(row.postsPerWeek).toBeCloseTo(5 / (30 / 7), 5);
    expect(row.targetPerWeek).toBe(2);
    expect(row.meetsTarget).toBe(false);
    expect(row.templateShare).toBeCloseTo(3 / 6, 5);
    const lastWeek = summarize(collection, { ...november, from: '2026-11-24', to: '2026-11-30' });
    expect(lastWeek.rows.find((item) => item.profileId === 'dinkes')!.meetsTarget).toBe(true);
    expect(lastWeek.rows.find((item) => item.profileId === 'desa-sukamaju')!.meetsTarget).toBe(false);
  });

  it('counts the checks overridden most, and in how many institutions', () => {
    expect(model.overridden.map((rule) => [rule.ruleId, rule.count, rule.institutions])).toEqual([
      ['personal-phone', 3, 2],
      ['personal-nik', 1, 1],
    ]);
  });

  it('filters by period, platform and kind of institution', () => {
    expect(summarize(collection, { ...november, type: 'desa' }).rows.map((row) => row.profileId)).toEqual(['desa-sukamaju']);
    expect(summarize(collection, { ...november, platform: 'tiktok' }).rows).toEqual([]);
    const firstWeek = summarize(collection, { ...november, from: '2026-11-01', to: '2026-11-07' });
    expect(firstWeek.totals.posts).toBe(2);
    expect(firstWeek.overridden.map((rule) => rule.ruleId)).toEqual(['personal-phone']);
  });

  it('counts a day once when two files cover it (the newest wins)', () => {
    const again = createCollection();
    const older = adminFile('dinkes', 'opd', [{ id: '1', postedAt: wib('2026-11-03 08:00') }], wib('2026-11-05 08:00'));
    const newer = adminFile('dinkes', 'opd', [{ id: '1', postedAt: wib('2026-11-03 08:00') }, { id: '2', postedAt: wib('2026-11-03 09:00') }], wib('2026-11-06 08:00'));
    addReportFile(again, newer);
    addReportFile(again, older);
    addReportFile(again, newer);
    expect(summarize(again, november).totals.posts).toBe(2);
  });

  it('adds up 5,000 generated files exactly', () => {
    const { files, totals } = generateReportFiles(5000, 250);
    const big = createCollection();
    for (const file of files) addReportFile(big, file);
    const all = summarize(big, { from: big.from!, to: big.to!, platform: 'all', type: 'all', now: Date.parse('2027-09-01T00:00:00Z') });
    expect(big.files).toBe(5000);
    expect(all.totals.institutions).toBe(250);
    expect(all.totals.posts).toBe(totals.posts);
    expect(all.totals.replies).toBe(totals.replies);
    expect(Object.fromEntries(all.overridden.map((rule) => [rule.ruleId, rule.count]))).toEqual(totals.overridden);
    for (const platform of ['instagram', 'facebook', 'tiktok'] as const) {
      const onPlatform = summarize(big, { from: big.from!, to: big.to!, platform, type: 'all', now: 0 });
      expect(onPlatform.totals.posts).toBe(totals.postsByPlatform[platform]);
    }
    // Correctness at scale only; the time is measured by `npm run bench -- coordinator`.
  }, 120_000);
});
