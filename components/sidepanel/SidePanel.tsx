/**
 * Saring in the browser's own side panel (Chrome's sidePanel, Firefox's sidebar_action): the same
 * panel as beside the composer, following the active tab's composer over a port (../panel/remote).
 */
import { signal } from '@preact/signals';
import type { Signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { ask } from '../../lib/messaging/client';
import { PRESET_REVISION_KEY } from '../../lib/messaging/keys';
import type { PanelPreset } from '../../lib/messaging/protocol';
import type { Platform } from '../../lib/checks/types';
import { t, uiLang } from '../../lib/i18n';
import { PanelRoot } from '../panel/PanelRoot';
import { createPanelSession } from '../panel/session';
import type { PanelSession } from '../panel/session';
import type { PanelDeps } from '../panel/deps';
import { SIDE_PANEL_PORT, remoteHandle } from '../panel/remote';
import type { TabToPanel } from '../panel/remote';

const deps: PanelDeps = {
  async saveUi(change) {
    await ask('settings:set', change);
  },
  async allowWord(profileId, word) {
    const reply = await ask('profile:allow-word', { profileId, word });
    return reply.ok && reply.data.ok;
  },
  // Posts go out through the page's own button; the tab's content script records them.
  async recordPost() {},
  async openSetup() {
    await ask('setup:open', {});
  },
  // The word lists are loaded in this page (its entrypoint); hoax-claim's claim index is in the
  // background, asked in the same request as everywhere else.
  async deepCheck(caption, ctx, rules) {
    const reply = await ask('checks:deep', { caption, ctx: ctx as never, rules: [...rules] });
    return reply.ok ? reply.data : null;
  },
};

export interface SidePanelState {
  session: Signal<PanelSession | null>;
  stop(): void;
}

/** Follows one tab (`?tab=` for a fixed one) or the active tab of this window. */
export function followTabs(fixedTab: number | null): SidePanelState {
  const session = signal<PanelSession | null>(null);
  const preset = signal<PanelPreset | null>(null);
  let port: Browser.runtime.Port | null = null;
  let lifetime = new AbortController();
  let platform: Platform = 'instagram';

  const refresh = async () => {
    const reply = await ask('preset:get', { platform });
    if (!reply.ok) return;
    preset.value = reply.data;
    uiLang.value = reply.data.messages.lang;
  };
  const drop = () => {
    lifetime.abort();
    lifetime = new AbortController();
    session.value = null;
  };
  const connect = async (tabId: number | undefined) => {
    try {
      port?.disconnect();
    } catch {
      // already gone
    }
    port = null;
    drop();
    if (tabId === undefined) return;
    let next: Browser.runtime.Port;
    try {
      next = browser.tabs.connect(tabId, { name: SIDE_PANEL_PORT });
    } catch {
      return;
    }
    port = next;
    next.onDisconnect.addListener(() => {
      if (port === next) drop();
    });
    next.onMessage.addListener((raw) => {
      const message = raw as TabToPanel;
      if (message.t !== 'state' || (session.value && session.value.handle.isConnected())) return;
      platform = message.platform;
      const handle = remoteHandle(next, message, document.body, () => {
        if (port === next) drop();
      });
      void refresh().then(() => {
        if (port !== next) return;
        session.value = createPanelSession(handle, preset, lifetime.signal, 'post', deps.deepCheck);
      });
    });
  };
  const active = async () => {
    if (fixedTab !== null) return fixedTab;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  };

  const onActivated = () => void active().then(connect);
  const onUpdated = (tabId: number, info: { status?: string }) => {
    if (info.status === 'complete')
      void active().then((id) => {
        if (id === tabId) void connect(id);
      });
  };
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && PRESET_REVISION_KEY in changes) void refresh();
  };
  if (fixedTab === null) browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.storage.onChanged.addListener(onStorage);
  // The admin's language from the start, also while no composer is open in the tab.
  void refresh();
  void active().then(connect);
  return {
    session,
    stop() {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.storage.onChanged.removeListener(onStorage);
      port?.disconnect();
      drop();
    },
  };
}

export function SidePanel({ state }: { state: SidePanelState }) {
  const session = state.session.value;
  return (
    <main class="sidepanel" data-saring="sidepanel" lang={uiLang.value}>
      <h1 class="visually-hidden">{t('panelTitle')}</h1>
      {session ? (
        <div data-saring="panel" data-platform={session.handle.platform}>
          <PanelRoot session={session} deps={deps} />
        </div>
      ) : (
        <p class="sidepanel__empty" data-saring="sidepanel-empty">{t('sidePanelNoComposer')}</p>
      )}
    </main>
  );
}
