/**
 * Journal entries in the `journal` object store (schema v2, keyPath 'id'). The entry's own string
 * id is the key, so edits and deletes go straight to one record; the store's auto-increment only
 * fills in keys that are missing, which ours never are. `date` (UTC day) feeds the date index that
 * month queries use; `profileId` ('' for posts without a profile) feeds the profile indexes.
 *
 * schema.ts types JournalRecord.id as a number: that is the one mismatch, bridged by the cast in
 * journalDb() until the schema's type says string.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Platform } from '../checks/types';
import type { JournalEntry } from '../journal/types';
import type { JournalStore } from '../journal/port';
import type { SaringDB } from './open';

export const JOURNAL_STORE = 'journal' as const;

export interface JournalEntryRecord {
  id: string;
  /** UTC day of postedAt, YYYY-MM-DD. */
  date: string;
  profileId: string;
  platform: Platform;
  entry: JournalEntry;
}

export interface JournalDB extends DBSchema {
  journal: {
    key: string;
    value: JournalEntryRecord;
    indexes: { date: string; profileId: string; profileDate: [string, string] };
  };
}

/** Beyond year 9999 ISO strings gain a sign and stop sorting as text. */
const LAST_MS = Date.UTC(9999, 11, 31);
const utcDay = (ms: number): string => new Date(Math.min(Math.max(ms, 0), LAST_MS)).toISOString().slice(0, 10);

function toRecord(entry: JournalEntry): JournalEntryRecord {
  return { id: entry.id, date: utcDay(entry.postedAt), profileId: entry.profileId ?? '', platform: entry.platform, entry };
}

/** Old or damaged records are skipped rather than breaking the popup and the report. */
function isEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return typeof e.id === 'string' && typeof e.postedAt === 'number' && typeof e.platform === 'string' && typeof e.posted === 'boolean';
}

function entriesOf(records: readonly JournalEntryRecord[]): JournalEntry[] {
  return records
    .map((record) => record.entry)
    .filter(isEntry)
    .sort((a, b) => a.postedAt - b.postedAt);
}

function journalDb(db: SaringDB | IDBPDatabase<JournalDB>): IDBPDatabase<JournalDB> {
  return db as unknown as IDBPDatabase<JournalDB>;
}

export function createJournalRepo(database: SaringDB | IDBPDatabase<JournalDB>): JournalStore {
  const db = journalDb(database);
  return {
    async put(entry) {
      await db.put(JOURNAL_STORE, toRecord(entry));
    },
    async get(id) {
      const record = await db.get(JOURNAL_STORE, id);
      return record && isEntry(record.entry) ? record.entry : undefined;
    },
    async delete(id) {
      const tx = db.transaction(JOURNAL_STORE, 'readwrite');
      const found = (await tx.store.getKey(id)) !== undefined;
      if (found) await tx.store.delete(id);
      await tx.done;
      return found;
    },
    async range(from, to) {
      if (!(to > from)) return [];
      // The day index narrows the read; the exact instant bounds are applied after.
      const days = IDBKeyRange.bound(utcDay(from), utcDay(to));
      const records = await db.getAllFromIndex(JOURNAL_STORE, 'date', days);
      return entriesOf(records).filter((entry) => entry.postedAt >= from && entry.postedAt < to);
    },
    async all() {
      return entriesOf(await db.getAll(JOURNAL_STORE));
    },
    async replaceAll(entries) {
      const tx = db.transaction(JOURNAL_STORE, 'readwrite');
      try {
        await tx.store.clear();
        for (const entry of entries) await tx.store.put(toRecord(entry));
      } catch (error) {
        // A put that throws (an unclonable value) does not abort the transaction by itself: without
        // this, the clear would commit and the journal would be lost.
        tx.abort();
        await tx.done.catch(() => undefined);
        throw error;
      }
      await tx.done;
    },
  };
}
