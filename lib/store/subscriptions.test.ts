import { describe, expect, it } from 'vitest';
import { samplePack } from '../presets/fixtures/sample-pack';
import { dumpStore } from './dump';
import type { FetchLike } from './fetch-pack';
import { getEffectivePreset } from './effective';
import { getPack, listPacks } from './packs';
import { nextRefreshAt, refreshSubscription, subscribe, subscriptionsDue } from './subscriptions';
import { freshDb, NOW, TODAY } from './testing';

const URL_ = 'https://diskominfo.contohkab.go.id/saring/pack.json';
const ID = `sub:${URL_}`;
const HOUR = 3_600_000;

function respond(body: string, init: ResponseInit & { url?: string } = {}): FetchLike {
  return async () => {
    const response = new Response(body, init);
    if (init.url) {
      Object.defineProperty(response, 'url', { value: init.url });
      Object.defineProperty(response, 'redirected', { value: true });
    }
    return response;
  };
}

/** Answers only when aborted: a server that accepted the connection and never replied. */
const hang: FetchLike = (_url, init) =>
  new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

const good = JSON.stringify(samplePack());

async function subscribed() {
  const { db } = await freshDb();
  const result = await subscribe(db, URL_, { fetch: respond(good, { headers: { etag: '"v1"' } }), now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return db;
}

describe('subscriptions', () => {
  it('subscribes: fetches, validates and stores the pack with its state', async () => {
    const db = await subscribed();
    const record = await getPack(db, ID);
    expect(record?.source).toEqual({ kind: 'subscription', url: URL_, refreshHours: 24, lastFetched: NOW, lastAttempt: NOW, lastError: null, etag: '"v1"' });
    expect((await getEffectivePreset(db, TODAY)).lockedBy['glossary/pemkab']).toMatch(/Diskominfo Kabupaten Contoh/);
  });

  it('stores nothing when the first fetch fails or the address is not https', async () => {
    const { db } = await freshDb();
    const before = await dumpStore(db);
    const down = await subscribe(db, URL_, { fetch: async () => { throw new TypeError('Failed to fetch'); }, now: NOW });
    expect(down.ok).toBe(false);
    const plain = await subscribe(db, 'http://diskominfo.contohkab.go.id/pack.json', { fetch: respond(good), now: NOW, lang: 'id' });
    if (plain.ok) throw new Error('accepted http');
    expect(plain.errors[0]!.message).toMatch(/https:\/\//);
    expect(await dumpStore(db)).toBe(before);
    expect((await subscribe(db, 'http://localhost:8080/pack.json', { fetch: respond(good), now: NOW })).ok).toBe(true);
  });

  const failures: [string, FetchLike, RegExp][] = [
    ['the server is down', async () => { throw new TypeError('Failed to fetch'); }, /could not be reached/],
    ['the server answers 500', respond('oops', { status: 500 }), /HTTP error 500/],
    ['the server never answers', hang, /did not answer within/],
    ['the server sends half the file and stalls', async () => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"format":')) })), /did not answer within/],
    ['the server redirects to another site', respond(good, { url: 'https://evil.example.com/pack.json' }), /redirected to another site \(https:\/\/evil\.example\.com\)/],
    ['the server sends an invalid pack', respond(JSON.stringify({ ...samplePack(), version: 7 })), /invalid pack: version: This pack was made by a newer Saring/],
    ['the server sends HTML', respond('<html>Maintenance</html>'), /invalid pack: .*not valid JSON/],
    ['the server sends 6 MB', respond(' '.repeat(6_000_000)), /too large/],
  ];

  it.each(failures)('keeps the last good copy and records the error when %s', async (_name, fetch, message) => {
    const db = await subscribed();
    const before = await getPack(db, ID);
    const result = await refreshSubscription(db, ID, { fetch, now: NOW + HOUR, timeoutMs: 50 });
    if (result.ok || !('error' in result)) throw new Error('refresh did not report the failure');
    expect(result.error.message.en).toMatch(message);
    expect(result.error.message.id).not.toBe(result.error.message.en);
    const after = await getPack(db, ID);
    expect(after?.pack).toEqual(before?.pack);
    expect(after?.source).toMatchObject({ lastFetched: NOW, lastAttempt: NOW + HOUR, lastError: { at: NOW + HOUR } });
    expect((await getEffectivePreset(db, TODAY)).glossary.map((g) => g.id)).toEqual(['pemkab', 'walikota']);
  });

  it('takes a new valid pack, follows same-site redirects, clears the error, and uses the etag', async () => {
    const db = await subscribed();
    await refreshSubscription(db, ID, { fetch: respond('nope', { status: 503 }), now: NOW + HOUR });
    const next = JSON.stringify({ ...samplePack(), glossary: [{ id: 'izin', preferred: 'izin', variants: ['ijin'] }] });
    const moved = respond(next, { url: 'https://diskominfo.contohkab.go.id/saring/v2/pack.json', headers: { etag: '"v2"' } });
    expect(await refreshSubscription(db, ID, { fetch: moved, now: NOW + 2 * HOUR })).toEqual({ ok: true, changed: true });
    expect((await getPack(db, ID))?.source).toMatchObject({ lastFetched: NOW + 2 * HOUR, lastError: null, etag: '"v2"' });
    expect((await getEffectivePreset(db, TODAY)).glossary.map((g) => g.id)).toEqual(['izin']);

    let sent: HeadersInit | undefined;
    const notModified: FetchLike = async (_url, init) => { sent = init.headers; return new Response(null, { status: 304 }); };
    expect(await refreshSubscription(db, ID, { fetch: notModified, now: NOW + 3 * HOUR })).toEqual({ ok: true, changed: false });
    expect(sent).toEqual({ 'If-None-Match': '"v2"' });
    expect((await getPack(db, ID))?.source).toMatchObject({ lastFetched: NOW + 3 * HOUR });
  });

  it('says which subscriptions are due: after their period, or an hour after a failure', async () => {
    const db = await subscribed();
    await subscribe(db, 'https://prov.example.go.id/pack.json', { fetch: respond(JSON.stringify({ ...samplePack(), id: 'prov' })), now: NOW, refreshHours: 6 });
    let records = await listPacks(db);
    expect(subscriptionsDue(records, NOW + 5 * HOUR)).toEqual([]);
    expect(subscriptionsDue(records, NOW + 6 * HOUR)).toEqual(['sub:https://prov.example.go.id/pack.json']);
    expect(subscriptionsDue(records, NOW + 24 * HOUR)).toHaveLength(2);
    expect(nextRefreshAt(records)).toBe(NOW + 6 * HOUR);

    await refreshSubscription(db, ID, { fetch: respond('', { status: 500 }), now: NOW + 2 * HOUR });
    records = await listPacks(db);
    expect(subscriptionsDue(records, NOW + 3 * HOUR)).toEqual([ID]);
    expect(subscriptionsDue(records.map((r) => ({ ...r, enabled: false })), NOW + 48 * HOUR)).toEqual([]);
  });
});
