import { describe, expect, it } from 'vitest';
import type { JournalEntry } from './types';
import { buildEntry } from './entry';
import { buildReport } from './report';
import { summarizeReplies } from './replies';
import { activityRows } from './activity';

const WIB = (iso: string): number => Date.parse(`${iso}:00+07:00`);
const reply = (id: string, at: string, platform: JournalEntry['platform'], templateId: string | null): JournalEntry => ({
  ...buildEntry(
    { platform, profileId: 'p', templateId, findingsLeft: [], overridden: false, caption: 'Terima kasih, aduan sudah kami terima.', kind: 'reply' },
    { id, now: WIB(at), templates: [], fullCaption: false },
  ),
});
const post = (id: string, at: string): JournalEntry =>
  buildEntry({ platform: 'instagram', profileId: 'p', findingsLeft: [], overridden: false, caption: 'Unggahan resmi' }, { id, now: WIB(at), templates: [], fullCaption: false });

describe('replies in the journal', () => {
  it('keep no text unless full captions are on', () => {
    const entry = reply('a', '2026-11-02 09:00', 'facebook', null);
    expect(entry).toMatchObject({ kind: 'reply', firstLine: '' });
    expect(entry.caption).toBeUndefined();
    const full = buildEntry(
      { platform: 'facebook', profileId: 'p', findingsLeft: [], overridden: false, caption: 'Terima kasih.', kind: 'reply' },
      { id: 'b', now: 0, templates: [], fullCaption: true },
    );
    expect(full).toMatchObject({ kind: 'reply', firstLine: 'Terima kasih.', caption: 'Terima kasih.' });
  });

  it('are counted per day and platform, with how many used a template', () => {
    const entries = [
      reply('1', '2026-11-02 09:00', 'facebook', 'balasan-lapor'),
      reply('2', '2026-11-02 23:30', 'instagram', null),
      reply('3', '2026-11-05 08:00', 'tiktok', 'balasan-kirim-dm'),
      reply('4', '2026-10-31 08:00', 'tiktok', null),
      { ...reply('5', '2026-11-06 08:00', 'tiktok', null), practice: true },
      post('6', '2026-11-02 10:00'),
    ];
    const summary = summarizeReplies(entries, '2026-11', () => 'WIB');
    expect(summary).toEqual({
      total: 3,
      withTemplate: 2,
      byPlatform: { facebook: 1, instagram: 1, tiktok: 1 },
      days: [
        { day: 2, byPlatform: { facebook: 1, instagram: 1, tiktok: 0 }, total: 2, withTemplate: 1 },
        { day: 5, byPlatform: { facebook: 0, instagram: 0, tiktok: 1 }, total: 1, withTemplate: 1 },
      ],
    });
    const report = buildReport(entries, [{ id: 'p', officialName: 'Pemkab', timeZone: 'WIB' }], { month: '2026-11', profileIds: [] });
    expect(report.replies).toEqual(summary);
    // Replies are not posts: not in the total, the list or the activity figures.
    expect(report.total).toBe(1);
    expect(report.posts.map((p) => p.entry.id)).toEqual(['6']);
    const rows = activityRows(entries, [{ id: 'p', officialName: 'Pemkab', handles: { tiktok: 'x' }, timeZone: 'WIB' }], WIB('2026-11-10 08:00'));
    expect(rows.find((r) => r.platform === 'tiktok')?.monthCount).toBe(0);
  });
});
