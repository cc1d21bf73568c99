/**
 * The browser's side panel (sidepanel.html) and the composer in the active tab talk over one port:
 * the tab's content script sends the composer's caption as it changes, the side panel sends back
 * the same edits the in-page panel makes (fix, template, sample). While a side panel is connected
 * the in-page panel shows only the prompt before posting.
 */
import type { Platform } from '../../lib/checks/types';
import type { ComposerHandle, InsertResult } from '../../lib/platforms/types';

export const SIDE_PANEL_PORT = 'saring-sidepanel';

export type TabToPanel =
  | { t: 'state'; platform: Platform; text: string; account: string | null }
  /** No composer in this tab (`closed`: the one this port followed went away). */
  | { t: 'none'; closed: boolean }
  | { t: 'result'; id: number; result: InsertResult };

export type PanelToTab =
  | { t: 'op'; id: number; op: 'caret'; text: string }
  | { t: 'op'; id: number; op: 'all'; text: string }
  | { t: 'op'; id: number; op: 'range'; start: number; end: number; text: string }
  | { t: 'restore' };

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** What the tab accepts from the port: anything else is dropped. */
export function readPanelMessage(message: unknown): PanelToTab | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.t === 'restore') return { t: 'restore' };
  if (m.t !== 'op' || !isInt(m.id) || typeof m.text !== 'string' || m.text.length > 70_000) return null;
  if (m.op === 'caret' || m.op === 'all') return { t: 'op', id: m.id, op: m.op, text: m.text };
  if (m.op === 'range' && isInt(m.start) && isInt(m.end) && m.start <= m.end) return { t: 'op', id: m.id, op: 'range', start: m.start, end: m.end, text: m.text };
  return null;
}

/** Runs one edit from the side panel on the tab's composer. */
export function runPanelOp(handle: ComposerHandle, message: Extract<PanelToTab, { t: 'op' }>): Promise<InsertResult> {
  if (message.op === 'caret') return handle.insertAtCaret(message.text);
  if (message.op === 'all') return handle.replaceAll(message.text);
  return handle.replaceRange(message.start, message.end, message.text);
}

interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

/**
 * The composer of the active tab as the side panel sees it: a ComposerHandle whose edits go over
 * the port, so the side panel runs the very session, findings and templates of the in-page panel.
 */
export function remoteHandle(port: PortLike, first: Extract<TabToPanel, { t: 'state' }>, element: HTMLElement, onGone: () => void): ComposerHandle {
  let text = first.text;
  let connected = true;
  let next = 1;
  const listeners = new Set<(text: string) => void>();
  const waiting = new Map<number, (result: InsertResult) => void>();
  port.onMessage.addListener((raw) => {
    const message = raw as TabToPanel;
    if (message.t === 'state') {
      text = message.text;
      for (const listener of listeners) listener(text);
    } else if (message.t === 'result') {
      waiting.get(message.id)?.(message.result);
      waiting.delete(message.id);
    } else if (message.t === 'none' && message.closed) {
      connected = false;
      onGone();
    }
  });
  const send = (op: { t: 'op'; op: 'caret' | 'all' | 'range'; text: string; start?: number; end?: number }): Promise<InsertResult> =>
    new Promise((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      port.postMessage({ ...op, id });
    });
  return {
    platform: first.platform,
    editor: element,
    anchor: element,
    readText: () => text,
    insertAtCaret: (value) => send({ t: 'op', op: 'caret', text: value }),
    replaceRange: (start, end, value) => send({ t: 'op', op: 'range', start, end, text: value }),
    replaceAll: (value) => send({ t: 'op', op: 'all', text: value }),
    restoreCaret: () => port.postMessage({ t: 'restore' }),
    findPostButton: () => null,
    accountName: () => first.account,
    onChange(callback, signal) {
      listeners.add(callback);
      signal.addEventListener('abort', () => listeners.delete(callback), { once: true });
    },
    isConnected: () => connected,
  };
}
