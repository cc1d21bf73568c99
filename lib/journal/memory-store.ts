import type { ProgressAttempt } from '../practice/types';
import type { JournalEntry } from './types';
import type { ProgressStore } from '../practice/port';
import type { JournalStore } from './port';

/** The JournalStore contract over a Map: for tests and the bench, where IndexedDB is beside the point. */
export function memoryJournal(initial: readonly JournalEntry[] = []): JournalStore {
  const rows = new Map(initial.map((entry) => [entry.id, structuredClone(entry)]));
  const sorted = () => [...rows.values()].sort((a, b) => a.postedAt - b.postedAt).map((entry) => structuredClone(entry));
  return {
    put: async (entry) => void rows.set(entry.id, structuredClone(entry)),
    get: async (id) => (rows.has(id) ? structuredClone(rows.get(id)) : undefined),
    delete: async (id) => rows.delete(id),
    range: async (from, to) => sorted().filter((entry) => entry.postedAt >= from && entry.postedAt < to),
    all: async () => sorted(),
    replaceAll: async (entries) => {
      rows.clear();
      for (const entry of entries) rows.set(entry.id, structuredClone(entry));
    },
  };
}

export function memoryProgress(initial: readonly ProgressAttempt[] = []): ProgressStore {
  let rows = initial.map((attempt) => structuredClone(attempt));
  return {
    add: async (attempt) => void rows.push(structuredClone(attempt)),
    all: async () => rows.map((attempt) => structuredClone(attempt)),
    replaceAll: async (attempts) => {
      rows = attempts.map((attempt) => structuredClone(attempt));
    },
  };
}
