/** Posts the site never confirmed: recorded, listed, shown apart, not counted (issue 15). */
import { describe, expect, it } from 'vitest';
import { buildEntry, counts } from './entry';
import { buildReport } from './report';
import { reportCsv } from './report-csv';
import { entryFor, profileFor, wib } from './testing';

const payload = { platform: 'tiktok' as const, findingsLeft: [], overridden: false, caption: 'Jadwal posyandu' };
const ctx = { id: 'x', now: wib('2026-11-10 09:00'), templates: [], fullCaption: false };

describe('unconfirmed posts', () => {
  it('an entry from a click the site never confirmed is marked and does not count', () => {
    const entry = buildEntry({ ...payload, confirmed: false }, ctx);
    expect(entry.unconfirmed).toBe(true);
    expect(counts(entry)).toBe(false);
    const confirmed = buildEntry({ ...payload, confirmed: true }, ctx);
    expect(confirmed.unconfirmed).toBeUndefined();
    expect(counts(confirmed)).toBe(true);
  });

  it('the monthly report lists them, counts them apart and leaves them out of the totals', () => {
    const entries = [
      entryFor({ id: 'ok', postedAt: wib('2026-11-02 08:00'), platform: 'tiktok' }),
      entryFor({ id: 'held', postedAt: wib('2026-11-03 08:00'), platform: 'tiktok', unconfirmed: true }),
    ];
    const model = buildReport(entries, [profileFor({ id: 'kominfo' })], { month: '2026-11', profileIds: [] });
    expect(model.total).toBe(1);
    expect(model.byPlatform.tiktok).toBe(1);
    expect(model.unconfirmed).toBe(1);
    expect(model.posts.map((post) => post.entry.id)).toEqual(['held', 'ok']);
  });
});

describe('the CSV', () => {
  it('says which posts the site never confirmed', () => {
    const entries = [entryFor({ id: 'held', postedAt: wib('2026-11-03 08:00'), unconfirmed: true, firstLine: 'Ditahan' })];
    const model = buildReport(entries, [], { month: '2026-11', profileIds: [] });
    const h = { postedAt: 'a', zone: 'b', platform: 'c', profile: 'd', template: 'e', purpose: 'f', firstLine: 'g', caption: 'h', status: 'i', overridden: 'j', findingsLeft: 'k', note: 'l' };
    const labels = {
      headers: h,
      platform: { instagram: 'IG', facebook: 'FB', tiktok: 'TT' },
      purpose: { informatif: 'i', edukatif: 'e', promotif: 'p', none: '-' },
      posted: 'POSTED',
      notPosted: 'NOT',
      unconfirmed: 'UNCONFIRMED',
      yes: 'y',
      no: 'n',
      noProfile: '-',
    };
    expect(reportCsv(model, labels, () => null)).toContain('UNCONFIRMED');
  });
});
