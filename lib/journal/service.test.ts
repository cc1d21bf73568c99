import { describe, expect, it } from 'vitest';
import type { JournalEntry, RequestOf, UiSettings } from '../messaging/protocol';
import { memoryJournal, memoryProgress } from './memory-store';
import { activitySummary, deleteEntry, exportBackup, importBackup, listEntries, recordPost, silentRows, updateEntry, type JournalDeps, type LocalBackupDeps } from './service';
import { entryFor, profileFor, wib } from './testing';

const baseUi: UiSettings = {
  lang: 'auto',
  activeProfiles: {},
  panel: { collapsed: false, side: 'right', offsetY: 0 },
  journal: { fullCaption: false, reminders: true },
  tourSeen: false,
};

function deps(entries: JournalEntry[] = [], now = wib('2026-11-24 10:00')) {
  let ui = structuredClone(baseUi);
  let revisions = 0;
  const d: JournalDeps = {
    now: () => now,
    lang: async () => 'en',
    readUi: async () => structuredClone(ui),
    writeUi: async (next) => {
      ui = structuredClone(next);
    },
    bumpRevision: async () => void (revisions += 1),
    effective: async () => ({
      profiles: [
        profileFor({ id: 'kominfo', officialName: 'Diskominfo', activity: { postsPerWeek: 2, silentAfterDays: 3 } }),
        profileFor({ id: 'papua', timeZone: 'WIT', handles: { tiktok: 'papua' } }),
      ],
      templates: [{ id: 'banjir', purpose: 'edukatif', title: { id: 'Banjir' }, category: 'imbauan', fields: [], body: 'x' }],
    }),
    journal: memoryJournal(entries),
    progress: memoryProgress(),
  };
  return { d, revisions: () => revisions, ui: () => ui };
}

const record = (over: Partial<RequestOf<'journal:record'>> = {}): RequestOf<'journal:record'> => ({
  platform: 'instagram',
  profileId: 'kominfo',
  templateId: 'banjir',
  findingsLeft: [],
  overridden: false,
  caption: 'Waspada banjir\nbaris kedua',
  ...over,
});

describe('journal service', () => {
  it('records a post with unique ids, the first line only and the template purpose', async () => {
    const { d } = deps();
    const first = await recordPost(d, record());
    const second = await recordPost(d, record());
    expect(first.id).not.toBe(second.id);
    const entries = await d.journal.all();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ firstLine: 'Waspada banjir', purpose: 'edukatif', posted: true });
    expect(entries[0]?.caption).toBeUndefined();
  });

  it('keeps the whole caption when ui.journal.fullCaption is on', async () => {
    const { d } = deps();
    await d.writeUi({ ...baseUi, journal: { fullCaption: true, reminders: true } });
    const { id } = await recordPost(d, record());
    expect((await d.journal.get(id))?.caption).toBe('Waspada banjir\nbaris kedua');
  });

  it('lists by day in the profile zone and by profile', async () => {
    const { d } = deps([
      entryFor({ id: 'oct31', postedAt: wib('2026-10-31 23:30') }),
      entryFor({ id: 'nov1', postedAt: wib('2026-11-01 00:10') }),
      // 23.30 WIB on 31 October is 1 November 01.30 in Papua.
      entryFor({ id: 'papua', postedAt: wib('2026-10-31 23:30'), profileId: 'papua' }),
      entryFor({ id: 'dec', postedAt: wib('2026-12-01 00:00') }),
    ]);
    const ids = async (query: RequestOf<'journal:list'>) => (await listEntries(d, query)).map((entry) => entry.id);
    expect(await ids({ from: '2026-11-01', to: '2026-11-30' })).toEqual(['papua', 'nov1']);
    expect(await ids({ from: '2026-11-01', to: '2026-11-30', profileIds: ['kominfo'] })).toEqual(['nov1']);
    expect(await ids({})).toEqual(['oct31', 'papua', 'nov1', 'dec']);
    expect(await ids({ to: '2026-10-31' })).toEqual(['oct31']);
  });

  it('marks as not posted, adds and clears a note, and refuses unknown ids', async () => {
    const { d } = deps([entryFor({ id: 'a', postedAt: 1 })]);
    expect(await updateEntry(d, { id: 'a', posted: false, note: '  salah akun  ' })).toEqual({ ok: true });
    expect(await d.journal.get('a')).toMatchObject({ posted: false, note: 'salah akun' });
    await updateEntry(d, { id: 'a', note: '' });
    expect((await d.journal.get('a'))?.note).toBeUndefined();
    expect(await updateEntry(d, { id: 'zzz', posted: true })).toEqual({ ok: false, errors: [{ path: 'id', message: expect.stringContaining('not found') }] });
  });

  it('deletes, and says so when there was nothing to delete', async () => {
    const { d } = deps([entryFor({ id: 'a', postedAt: 1 })]);
    expect(await deleteEntry(d, 'a')).toEqual({ ok: true });
    expect(await d.journal.all()).toEqual([]);
    expect((await deleteEntry(d, 'a')).ok).toBe(false);
  });

  it('summarises activity and finds silent profiles', async () => {
    const { d } = deps([entryFor({ id: 'a', postedAt: wib('2026-11-19 08:00') })]);
    const rows = await activitySummary(d);
    expect(rows.map((row) => [row.profileId, row.platform, row.daysSinceLastPost, row.monthCount, row.monthTarget])).toEqual([
      ['kominfo', 'instagram', 5, 1, 9],
      ['papua', 'tiktok', null, 0, null],
    ]);
    expect((await silentRows(d)).map((row) => row.profileId)).toEqual(['kominfo']);
  });
});

describe('backup through the service', () => {
  const local = (calls: string[], errors: Array<{ path: string; message: string }> = []): LocalBackupDeps => ({
    export: async () => ({ profiles: [{ id: 'mine' }] }),
    check: async () => errors,
    import: async (data) => void calls.push(JSON.stringify(data)),
  });

  it('exports and imports back everything, settings and local items included', async () => {
    const source = deps([entryFor({ id: 'a', postedAt: 5 })]);
    await source.d.writeUi({ ...baseUi, lang: 'en', tourSeen: true });
    await source.d.progress.add({ id: 'p', at: 1, exerciseId: 'e', platform: 'facebook', score: 50, found: 1, fixed: 1, total: 2, hintsUsed: 0, seconds: 3 });
    const { text } = await exportBackup(source.d, local([]));

    const target = deps([entryFor({ id: 'old', postedAt: 9 })]);
    const calls: string[] = [];
    expect(await importBackup(target.d, text, local(calls))).toEqual({ ok: true, counts: { journal: 1, progress: 1, local: 1 } });
    expect((await target.d.journal.all()).map((entry) => entry.id)).toEqual(['a']);
    expect(await target.d.progress.all()).toHaveLength(1);
    expect(target.ui()).toMatchObject({ lang: 'en', tourSeen: true });
    expect(calls).toEqual(['{"profiles":[{"id":"mine"}]}']);
    expect(target.revisions()).toBe(1);
  });

  it.each([
    ['not JSON', 'garbage'],
    ['a pack', '{"format":"saring-pack","version":1}'],
    ['a damaged entry', JSON.stringify({ format: 'saring-backup', version: 1, exportedAt: '2026-11-24T00:00:00.000Z', journal: [{ id: 'x' }], progress: [] })],
  ])('changes nothing when the file is %s', async (_, text) => {
    const { d, ui, revisions } = deps([entryFor({ id: 'keep', postedAt: 9 })]);
    const before = JSON.stringify([await d.journal.all(), await d.progress.all(), ui()]);
    const result = await importBackup(d, text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message).toMatch(/Nothing was changed/);
    expect(JSON.stringify([await d.journal.all(), await d.progress.all(), ui()])).toBe(before);
    expect(revisions()).toBe(0);
  });

  it('changes nothing when the store refuses the local items', async () => {
    const source = deps([entryFor({ id: 'new', postedAt: 5 })]);
    const { text } = await exportBackup(source.d, local([]));
    const { d } = deps([entryFor({ id: 'keep', postedAt: 9 })]);
    const calls: string[] = [];
    const result = await importBackup(d, text, local(calls, [{ path: 'local.profiles.0', message: 'locked' }]));
    expect(result).toEqual({ ok: false, errors: [{ path: 'local.profiles.0', message: 'locked' }] });
    expect((await d.journal.all()).map((entry) => entry.id)).toEqual(['keep']);
    expect(calls).toEqual([]);
  });

  it('puts the old data back when a write fails half-way', async () => {
    const source = deps([entryFor({ id: 'new', postedAt: 5 })]);
    const { text } = await exportBackup(source.d);
    const { d } = deps([entryFor({ id: 'keep', postedAt: 9 })]);
    const failing: JournalDeps = { ...d, progress: { ...d.progress, replaceAll: async () => Promise.reject(new Error('quota')) } };
    const result = await importBackup(failing, text);
    expect(result.ok).toBe(false);
    expect((await d.journal.all()).map((entry) => entry.id)).toEqual(['keep']);
  });
});
