/**
 * The IndexedDB journal (lib/store/journal-repo.ts) on the real schema, in fake-indexeddb.
 * Kept here because lib/store's files belong to the store's owner.
 */
import { describe, expect, it } from 'vitest';
import { createJournalRepo } from '../store/journal-repo';
import { freshDb } from '../store/testing';
import { entryFor, wib } from './testing';

async function repo() {
  const { db } = await freshDb();
  return { db, journal: createJournalRepo(db) };
}

describe('journal repo over IndexedDB', () => {
  it('puts, gets, updates and deletes by the entry id', async () => {
    const { journal } = await repo();
    const entry = entryFor({ id: 'a1', postedAt: wib('2026-11-02 08:00'), profileId: null });
    await journal.put(entry);
    expect(await journal.get('a1')).toEqual(entry);
    await journal.put({ ...entry, posted: false, note: 'salah akun' });
    expect(await journal.get('a1')).toMatchObject({ posted: false, note: 'salah akun' });
    expect(await journal.all()).toHaveLength(1);
    expect(await journal.delete('a1')).toBe(true);
    expect(await journal.delete('a1')).toBe(false);
    expect(await journal.get('a1')).toBeUndefined();
  });

  it('returns a half-open range, oldest first', async () => {
    const { journal } = await repo();
    const times = ['2026-11-30 23:59', '2026-11-01 00:00', '2026-10-31 23:59', '2026-12-01 00:00', '2026-11-15 12:00'];
    for (const [i, stamp] of times.entries()) await journal.put(entryFor({ id: `e${i}`, postedAt: wib(stamp) }));
    const november = await journal.range(wib('2026-11-01 00:00'), wib('2026-12-01 00:00'));
    expect(november.map((entry) => entry.id)).toEqual(['e1', 'e4', 'e0']);
    expect(await journal.range(wib('2026-12-01 00:00'), wib('2026-11-01 00:00'))).toEqual([]);
    expect((await journal.range(0, Number.MAX_SAFE_INTEGER)).map((entry) => entry.id)).toEqual(['e2', 'e1', 'e4', 'e0', 'e3']);
  });

  it('replaces everything at once, and keeps the old data when the replacement fails', async () => {
    const { journal } = await repo();
    await journal.put(entryFor({ id: 'old', postedAt: 1 }));
    await journal.replaceAll([entryFor({ id: 'n1', postedAt: 2 }), entryFor({ id: 'n2', postedAt: 3 })]);
    expect((await journal.all()).map((entry) => entry.id)).toEqual(['n1', 'n2']);
    // A function cannot be cloned into IndexedDB: the put throws inside the transaction.
    const unclonable = { ...entryFor({ id: 'bad', postedAt: 4 }), note: (() => 'x') as unknown as string };
    await expect(journal.replaceAll([entryFor({ id: 'n3', postedAt: 5 }), unclonable])).rejects.toThrow();
    expect((await journal.all()).map((entry) => entry.id)).toEqual(['n1', 'n2']);
  });

  it('skips damaged records instead of failing', async () => {
    const { db, journal } = await repo();
    await journal.put(entryFor({ id: 'good', postedAt: 1 }));
    const raw = db as unknown as { put(store: string, value: unknown): Promise<unknown> };
    await raw.put('journal', { id: 'junk', date: '2026-01-01', profileId: '', platform: 'instagram', entry: { nonsense: true } });
    expect((await journal.all()).map((entry) => entry.id)).toEqual(['good']);
    expect(await journal.get('junk')).toBeUndefined();
  });
});
