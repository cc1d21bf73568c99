import type { SaringDB } from './open';
import { STORE_NAMES } from './schema';

/**
 * Every record of every store as JSON text, keys in order. Tests compare dumps to prove a refused
 * import changed nothing; it doubles as a full backup for support.
 */
export async function dumpStore(db: SaringDB): Promise<string> {
  const dump: Record<string, unknown> = {};
  for (const name of STORE_NAMES) {
    const tx = db.transaction(name);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    dump[name] = keys.map((key, i) => [key, values[i]]);
  }
  return JSON.stringify(dump);
}
