/** Test helpers: a fresh fake IndexedDB per test, so tests never share data. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openStore, type SaringDB } from './open';

export const NOW = Date.UTC(2026, 0, 20, 3, 0, 0);
export const TODAY = '2026-01-20';

export async function freshDb(): Promise<{ db: SaringDB; factory: IDBFactory }> {
  const factory = new IDBFactory();
  const db = await openStore({ indexedDB: factory, name: 'saring-test' });
  return { db, factory };
}
