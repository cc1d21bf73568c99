import type { JournalEntry } from './types';

/** Where journal entries are kept; lib/store implements it over IndexedDB, tests over memory. */
export interface JournalStore {
  put(entry: JournalEntry): Promise<void>;
  get(id: string): Promise<JournalEntry | undefined>;
  delete(id: string): Promise<boolean>;
  /** Entries with from <= postedAt < to (epoch ms), oldest first. */
  range(from: number, to: number): Promise<JournalEntry[]>;
  all(): Promise<JournalEntry[]>;
  /** Replaces everything in one transaction (backup import). */
  replaceAll(entries: JournalEntry[]): Promise<void>;
}
