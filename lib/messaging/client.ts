import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, RequestOf, Responses } from './protocol';

/**
 * Asks the background. Never throws: after an extension update the old content script's context
 * is gone and every call fails, which the caller must survive quietly.
 */
export async function ask<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<Reply<Responses[K]>> {
  const envelope: Envelope<K> = { saring: 1, type, payload };
  try {
    const reply = (await browser.runtime.sendMessage(envelope)) as Reply<Responses[K]> | undefined;
    return reply ?? { ok: false, error: 'no-reply' };
  } catch {
    return { ok: false, error: 'unreachable' };
  }
}
