/**
 * Practice attempts in the `progress` object store (schema v2). The store's key is its own
 * auto-increment number; the attempt keeps its string id inside the record, and `date` feeds the
 * store's date index. `profileId` is required by the schema's index but practice attempts belong
 * to a trainee, not a profile, so it holds the trainee's name (or '').
 */
import type { ProgressAttempt } from '../practice/types';
import type { ProgressStore } from '../practice/port';
import type { SaringDB } from './open';
import type { ProgressRecord } from './schema';

export const PROGRESS_STORE = 'progress' as const;

function toRecord(attempt: ProgressAttempt): ProgressRecord {
  return {
    exerciseId: attempt.exerciseId,
    date: new Date(attempt.at).toISOString().slice(0, 10),
    profileId: attempt.trainee ?? '',
    attempt,
  };
}

function isAttempt(value: unknown): value is ProgressAttempt {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return typeof a.id === 'string' && typeof a.exerciseId === 'string' && typeof a.score === 'number';
}

export function createProgressRepo(db: SaringDB): ProgressStore {
  return {
    async add(attempt) {
      await db.add(PROGRESS_STORE, toRecord(attempt));
    },
    async all() {
      const records = await db.getAll(PROGRESS_STORE);
      return records
        .map((r) => r.attempt)
        .filter(isAttempt)
        .sort((a, b) => a.at - b.at);
    },
    async replaceAll(attempts) {
      const tx = db.transaction(PROGRESS_STORE, 'readwrite');
      await tx.store.clear();
      for (const attempt of attempts) await tx.store.add(toRecord(attempt));
      await tx.done;
    },
  };
}
