/**
 * Fetches a subscribed pack like a filter list: with a timeout, a size cap, no cookies, and only
 * from the origin the admin subscribed to (the host permission covers that origin only).
 */
import { MAX_PACK_BYTES, parsePack, type Pack } from '../presets';
import { storeMessages as m } from './messages';
import type { SubscriptionError } from './schema';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export const DEFAULT_TIMEOUT_MS = 15_000;

export type FetchOutcome =
  | { kind: 'pack'; pack: Pack; etag?: string }
  | { kind: 'not-modified' }
  | { kind: 'error'; error: SubscriptionError };

class Failure extends Error {
  constructor(readonly failure: Omit<SubscriptionError, 'at'>) {
    super(failure.message.en);
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https anywhere; plain http only on this machine (test servers), as packs can lock what admins post. */
export function isSubscriptionUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname));
  } catch {
    return false;
  }
}

/** The origin pattern the background asks the optional host permission for. */
export const permissionPattern = (url: string): string => `${new URL(url).origin}/*`;

export async function fetchPack(url: string, fetcher: FetchLike, now: number, timeoutMs = DEFAULT_TIMEOUT_MS, etag?: string): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timedOut = new Promise<never>((_, reject) => {
    const timer = setTimeout(() => {
      controller.abort();
      reject(new Failure({ code: 'timeout', message: m.timeout(Math.round(timeoutMs / 1000)) }));
    }, timeoutMs);
    controller.signal.addEventListener('abort', () => clearTimeout(timer));
  });
  try {
    // Racing the timer too: a fetch that ignores its signal must still not hang the refresh.
    const outcome = await Promise.race([download(url, fetcher, controller.signal, etag), timedOut]);
    controller.abort();
    return outcome;
  } catch (error) {
    controller.abort();
    const failure = error instanceof Failure ? error.failure : { code: 'network' as const, message: m.network(describe(error)) };
    return { kind: 'error', error: { ...failure, at: now } };
  }
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 120);
}

async function download(url: string, fetcher: FetchLike, signal: AbortSignal, etag?: string): Promise<FetchOutcome> {
  const headers: Record<string, string> = etag ? { 'If-None-Match': etag } : {};
  const response = await fetcher(url, { signal, headers, cache: 'no-cache', credentials: 'omit', redirect: 'follow' });
  const origin = new URL(url).origin;
  if (response.redirected && response.url && new URL(response.url).origin !== origin) {
    throw new Failure({ code: 'redirect', message: m.redirect(new URL(response.url).origin) });
  }
  if (response.status === 304) return { kind: 'not-modified' };
  if (!response.ok) throw new Failure({ code: 'http', message: m.http(response.status) });
  const length = Number(response.headers.get('content-length'));
  if (length > MAX_PACK_BYTES) throw new Failure({ code: 'too-large', message: m.tooLarge() });
  const text = await readCapped(response, MAX_PACK_BYTES);
  const parsed = parsePack(text, 'en');
  if (!parsed.ok) {
    const inIndonesian = parsePack(text, 'id');
    const id = inIndonesian.ok ? '' : (inIndonesian.errors[0]?.message ?? '');
    throw new Failure({ code: 'invalid', message: m.invalid({ id, en: parsed.errors[0]?.message ?? '' }) });
  }
  const newEtag = response.headers.get('etag');
  return newEtag ? { kind: 'pack', pack: parsed.pack, etag: newEtag } : { kind: 'pack', pack: parsed.pack };
}

/** Reads the body but stops once it passes `max` bytes, so a huge response never fills memory. */
async function readCapped(response: Response, max: number): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new Failure({ code: 'too-large', message: m.tooLarge() });
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
