import { signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ComposerHandle } from '../../lib/platforms/types';
import { SIDE_PANEL_PORT, readPanelMessage, runPanelOp } from '../../components/panel/remote';
import type { TabToPanel } from '../../components/panel/remote';

/**
 * This tab's end of the side panel's port (components/panel/remote.ts): sends the current
 * composer's caption as it changes and runs the edits the side panel asks for. Only our own
 * extension pages may connect.
 */
export function serveSidePanel(ctx: ContentScriptContext, current: () => ComposerHandle | null): { open: ReadonlySignal<boolean>; changed(): void } {
  const ports = new Map<Browser.runtime.Port, AbortController>();
  const followed = new WeakSet<Browser.runtime.Port>();
  const open = signal(false);
  const follow = (port: Browser.runtime.Port) => {
    ports.get(port)?.abort();
    const watching = new AbortController();
    ports.set(port, watching);
    const handle = current();
    const post = (message: TabToPanel) => {
      try {
        port.postMessage(message);
      } catch {
        ports.delete(port);
      }
    };
    // Without a composer only the top frame answers (TikTok's old upload iframe may hold the composer),
    // and a frame whose composer went away says so.
    if (!handle) {
      if (followed.has(port) || window === window.top) post({ t: 'none', closed: followed.has(port) });
      followed.delete(port);
      return;
    }
    followed.add(port);
    const state = () => post({ t: 'state', platform: handle.platform, text: handle.readText(), account: handle.accountName() });
    state();
    handle.onChange(state, watching.signal);
  };
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== SIDE_PANEL_PORT || port.sender?.id !== browser.runtime.id) return;
    port.onMessage.addListener((raw) => {
      const message = readPanelMessage(raw);
      const handle = current();
      if (!message || !handle) return;
      if (message.t === 'restore') return handle.restoreCaret();
      void runPanelOp(handle, message).then((result) => {
        try {
          port.postMessage({ t: 'result', id: message.id, result } satisfies TabToPanel);
        } catch {
          // The side panel closed meanwhile.
        }
      });
    });
    port.onDisconnect.addListener(() => {
      ports.get(port)?.abort();
      ports.delete(port);
      open.value = ports.size > 0;
    });
    follow(port);
    open.value = current() !== null;
  };
  browser.runtime.onConnect.addListener(onConnect);
  ctx.onInvalidated(() => browser.runtime.onConnect.removeListener(onConnect));
  return {
    open,
    changed() {
      // The composer opened or closed: tell connected side panels, a tick later so the new handle is in.
      queueMicrotask(() => {
        for (const port of ports.keys()) follow(port);
        open.value = ports.size > 0 && current() !== null;
      });
    },
  };
}
