/**
 * Subscriptions to packs published at a URL. The background decides when (alarms, via
 * subscriptionsDue) and asks for the host permission; this module fetches, validates and stores,
 * and on any failure keeps the last good copy and records what went wrong.
 */
import type { Lang } from '../checks/types';
import { formatPack } from '../presets';
import { fetchPack, isSubscriptionUrl, DEFAULT_TIMEOUT_MS, type FetchLike } from './fetch-pack';
import { storeMessages as m } from './messages';
import { DEFAULT_REFRESH_HOURS } from './migrations';
import type { SaringDB } from './open';
import { refuse, type Outcome } from './result';
import { bumpRevision } from './revision';
import type { PackRecord, SubscriptionError, SubscriptionState } from './schema';
import { inWriteTx } from './write';

export interface FetchContext {
  fetch: FetchLike;
  /** Epoch ms. */
  now: number;
  lang?: Lang;
  timeoutMs?: number;
}

const HOUR = 3_600_000;
/** After a failure, try again within an hour rather than waiting a whole refresh period. */
const RETRY_AFTER_ERROR_HOURS = 1;

export async function subscribe(
  db: SaringDB,
  url: string,
  ctx: FetchContext & { refreshHours?: number },
): Promise<Outcome<{ record: PackRecord }>> {
  const lang = ctx.lang ?? 'en';
  if (!isSubscriptionUrl(url)) return refuse(lang, m.badUrl(), 'url');
  const id = `sub:${url}`;
  if (await db.get('packs', id)) return refuse(lang, m.alreadySubscribed(), 'url');
  const fetched = await fetchPack(url, ctx.fetch, ctx.now, ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  // Nothing is stored until the first fetch brings a valid pack: there is no last good copy yet.
  if (fetched.kind !== 'pack') {
    const message = fetched.kind === 'error' ? fetched.error.message : m.network('304');
    return refuse(lang, message, 'url');
  }
  return inWriteTx(db, lang, async (tx) => {
    const packs = tx.objectStore('packs');
    const top = (await packs.index('order').openCursor(null, 'prev'))?.value.order;
    const source: SubscriptionState = {
      kind: 'subscription',
      url,
      refreshHours: ctx.refreshHours ?? DEFAULT_REFRESH_HOURS,
      lastFetched: ctx.now,
      lastAttempt: ctx.now,
      lastError: null,
    };
    if (fetched.etag) source.etag = fetched.etag;
    const record: PackRecord = { id, pack: fetched.pack, source, enabled: true, order: top === undefined ? 0 : top + 1, installedAt: ctx.now, updatedAt: ctx.now };
    await packs.put(record);
    await bumpRevision(tx);
    return { ok: true, record };
  });
}

export type RefreshResult =
  | { ok: true; changed: boolean }
  | { ok: false; error: SubscriptionError }
  | { ok: false; errors: { path: string; message: string }[] };

/** Fetches one subscription now (scheduled or "refresh" button). The stored pack only ever changes to a valid one. */
export async function refreshSubscription(db: SaringDB, id: string, ctx: FetchContext): Promise<RefreshResult> {
  const lang = ctx.lang ?? 'en';
  const record = await db.get('packs', id);
  if (!record || record.source.kind !== 'subscription') return refuse(lang, m.notFound(id));
  const before = record.source;
  const fetched = await fetchPack(before.url, ctx.fetch, ctx.now, ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS, before.etag);
  let changed = false;
  const written = await inWriteTx(db, lang, async (tx) => {
    // Re-read inside the transaction: the admin may have unsubscribed while we were fetching.
    const current = await tx.objectStore('packs').get(id);
    if (!current || current.source.kind !== 'subscription') return { ok: true };
    const source: SubscriptionState = { ...current.source, lastAttempt: ctx.now };
    let pack = current.pack;
    if (fetched.kind === 'error') source.lastError = fetched.error;
    else {
      source.lastError = null;
      source.lastFetched = ctx.now;
      if (fetched.kind === 'pack') {
        changed = formatPack(fetched.pack) !== formatPack(current.pack);
        pack = fetched.pack;
        if (fetched.etag) source.etag = fetched.etag;
        else delete source.etag;
      }
    }
    await tx.objectStore('packs').put({ ...current, pack, source, updatedAt: changed ? ctx.now : current.updatedAt });
    // Only a new pack changes what panels show; a failed or unchanged fetch is news for the options page only.
    if (changed) await bumpRevision(tx);
    return { ok: true };
  });
  if (!written.ok) return written;
  return fetched.kind === 'error' ? { ok: false, error: fetched.error } : { ok: true, changed };
}

export async function setRefreshHours(db: SaringDB, id: string, hours: number, lang: Lang = 'en'): Promise<Outcome> {
  return inWriteTx(db, lang, async (tx) => {
    const record = await tx.objectStore('packs').get(id);
    if (!record || record.source.kind !== 'subscription') return refuse(lang, m.notFound(id));
    await tx.objectStore('packs').put({ ...record, source: { ...record.source, refreshHours: Math.max(1, hours) } });
    return { ok: true };
  });
}

function dueAt(source: SubscriptionState): number {
  if (source.lastAttempt === null) return 0;
  const hours = source.lastError ? Math.min(source.refreshHours, RETRY_AFTER_ERROR_HOURS) : source.refreshHours;
  return source.lastAttempt + hours * HOUR;
}

/** Ids of enabled subscriptions whose refresh time has come (pure: the background calls it from an alarm). */
export function subscriptionsDue(records: readonly PackRecord[], now: number): string[] {
  return records.filter((r) => r.enabled && r.source.kind === 'subscription' && dueAt(r.source) <= now).map((r) => r.id);
}

/** When the next refresh is due (epoch ms), for scheduling one alarm; null with no subscriptions. */
export function nextRefreshAt(records: readonly PackRecord[]): number | null {
  const times = records.flatMap((r) => (r.enabled && r.source.kind === 'subscription' ? [dueAt(r.source)] : []));
  return times.length ? Math.min(...times) : null;
}
