import type { Lang } from '../checks/types';
import { storeMessages as m } from './messages';
import type { SaringDB } from './open';
import { errorText, refuse, type Outcome } from './result';
import type { MetaTx } from './revision';

/** Every write transaction spans these stores, so one helper and one type fit all writes. */
const WRITE_STORES: ('packs' | 'overrides' | 'settings' | 'meta')[] = ['packs', 'overrides', 'settings', 'meta'];

/**
 * Runs `work` in one readwrite transaction. A refusal or any error aborts the transaction, so
 * whatever `work` wrote before is rolled back: a write happens completely or not at all.
 */
export async function inWriteTx<T>(db: SaringDB, lang: Lang, work: (tx: MetaTx) => Promise<Outcome<T>>): Promise<Outcome<T>> {
  const tx = db.transaction(WRITE_STORES, 'readwrite') as MetaTx;
  // Aborting rejects `done`; that rejection is expected and reported through the return value.
  tx.done.catch(() => undefined);
  try {
    const result = await work(tx);
    if (!result.ok) {
      abortQuietly(tx);
      return result;
    }
    await tx.done;
    return result;
  } catch (error) {
    abortQuietly(tx);
    return refuse(lang, m.storageFailed(errorText(error)));
  }
}

function abortQuietly(tx: MetaTx): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing left to undo.
  }
}
