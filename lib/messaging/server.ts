import * as v from 'valibot';
import { CONTENT_SCRIPT_MESSAGES, requestSchemas } from './protocol';
import type { MessageType, Reply, RequestOf, Responses } from './protocol';

export type Handlers = {
  [K in MessageType]: (payload: RequestOf<K>, from: SenderInfo) => Promise<Responses[K]>;
};

export interface SenderInfo {
  /** Set when the message comes from a content script in a tab. */
  tabId?: number;
  url?: string;
}

interface RawSender {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

/**
 * Checks one incoming message and runs its handler. Separate from the browser wiring so it can be
 * tested with hostile input: anything malformed gets an error reply, never a handler call.
 */
export async function dispatch(
  handlers: Handlers,
  message: unknown,
  sender: RawSender,
  extensionId: string,
  /** chrome-extension://ID/ (or moz-extension://UUID/): pages there are ours, anything else a content script. */
  extensionOrigin: string,
): Promise<Reply<unknown>> {
  if (sender.id !== extensionId) return { ok: false, error: 'foreign-sender' };
  if (typeof message !== 'object' || message === null) return { ok: false, error: 'bad-message' };
  const { saring, type, payload } = message as Record<string, unknown>;
  if (saring !== 1 || typeof type !== 'string' || !Object.hasOwn(requestSchemas, type)) {
    return { ok: false, error: 'unknown-type' };
  }
  const kind = type as MessageType;
  // Extension pages opened in a tab carry sender.tab too: only the URL tells them apart.
  const fromContentScript = !(sender.url ?? '').startsWith(extensionOrigin);
  if (fromContentScript && !CONTENT_SCRIPT_MESSAGES.has(kind)) return { ok: false, error: 'forbidden' };
  const parsed = v.safeParse(requestSchemas[kind], payload);
  if (!parsed.success) return { ok: false, error: 'invalid-payload' };
  try {
    const handler = handlers[kind] as (p: unknown, from: SenderInfo) => Promise<unknown>;
    const data = await handler(parsed.output, { tabId: sender.tab?.id, url: sender.url });
    return { ok: true, data };
  } catch (error) {
    console.error('[Saring]', kind, error);
    return { ok: false, error: 'handler-failed' };
  }
}
