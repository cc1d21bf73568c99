import type { ProgressAttempt } from './types';

/** Where practice attempts are kept; lib/store implements it over IndexedDB, tests over memory. */
export interface ProgressStore {
  add(attempt: ProgressAttempt): Promise<void>;
  all(): Promise<ProgressAttempt[]>;
  replaceAll(attempts: ProgressAttempt[]): Promise<void>;
}
