import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { upgrade } from './migrations';
import { DB_NAME, DB_VERSION, type SaringSchema } from './schema';

export type SaringDB = IDBPDatabase<SaringSchema>;

export interface OpenOptions {
  /** The IndexedDB to use; tests pass a fresh fake-indexeddb factory. Defaults to the page's. */
  indexedDB?: IDBFactory;
  name?: string;
  /** Only for migration tests, which build databases at earlier versions. */
  version?: number;
}

/**
 * Opens (and creates or migrates) the store. Call only from the background or extension pages: in
 * a content script `indexedDB` is the host site's (instagram.com could read it).
 */
export function openStore(options: OpenOptions = {}): Promise<SaringDB> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  const target = options.version ?? DB_VERSION;
  const request = factory.open(options.name ?? DB_NAME, target);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as IDBPDatabase<unknown>;
    const tx = wrap(request.transaction!) as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
    // A failed migration aborts the upgrade: the database stays at its old version, data intact.
    upgrade(db, event.oldVersion, target, tx).catch(() => tx.abort());
  });
  return wrap(request).then((raw) => {
    const db = raw as unknown as SaringDB;
    // Another extension page opening a newer version must not wait for this one forever.
    db.addEventListener('versionchange', () => db.close());
    return db;
  });
}
