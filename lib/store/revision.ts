import type { IDBPTransaction } from 'idb';
import type { SaringSchema } from './schema';

type MetaTx = IDBPTransaction<SaringSchema, ('meta' | 'packs' | 'overrides' | 'settings')[], 'readwrite'>;

/**
 * Counts every change of what the effective preset is made of, inside the change's transaction,
 * so the background can tell open panels "reload" exactly when something committed.
 */
export async function bumpRevision(tx: MetaTx): Promise<number> {
  const meta = tx.objectStore('meta');
  const current = await meta.get('revision');
  const value = (current?.value ?? 0) + 1;
  await meta.put({ key: 'revision', value });
  return value;
}

export type { MetaTx };
