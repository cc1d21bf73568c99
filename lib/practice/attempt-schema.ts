/**
 * One practice attempt, as the progress store keeps it (types.ts: ProgressAttempt). The one schema
 * for it: the background's `progress:record` message (without `id` and `at`, which the store
 * adds), a trainee's summary file (summary.ts) and the admin's backup (lib/journal/backup.ts).
 */
import * as v from 'valibot';
import { PLATFORMS } from '../checks/types';

const short = v.pipe(v.string(), v.maxLength(200));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const attemptEntries = {
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  at: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15)),
  exerciseId: short,
  platform: v.picklist(PLATFORMS),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  found: count,
  fixed: count,
  total: count,
  hintsUsed: count,
  seconds: v.pipe(v.number(), v.minValue(0)),
  trainee: v.optional(short),
};

/** A stored attempt; unknown fields refused. */
export const attemptSchema = v.strictObject(attemptEntries);

/** What a practice page reports; the store gives it its id and time. */
export const attemptRecordSchema = v.strictObject((({ id: _id, at: _at, ...rest }) => rest)(attemptEntries));
