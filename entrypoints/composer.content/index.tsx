import '../../components/panel/panel.css';
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterFor, watchComposers } from '../../lib/platforms';
import { ask } from '../../lib/messaging/client';
import { PRESET_REVISION_KEY } from '../../lib/messaging/keys';
import type { PanelPreset } from '../../lib/messaging/protocol';
import type { ComposerHandle } from '../../lib/platforms/types';
import { addMessages, resolveLang, templateLookup, uiLang } from '../../lib/i18n/core';
import type { Lang } from '../../lib/checks/types';
import { mountPanel } from './mount';
import { watchDrift } from './drift';
import { mountReplies } from './replies';
import { contentScriptDeps } from './deps';
import type { MountedPanel } from './mount';
import { serveSidePanel } from './side-panel';

export default defineContentScript({
  matches: ['https://www.instagram.com/*', 'https://www.facebook.com/*', 'https://www.tiktok.com/*', 'https://business.facebook.com/*'],
  // TikTok's older upload page puts the composer in a same-origin iframe.
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return;
    const preset = signal<PanelPreset | null>(null);
    // Strings: the browser's own catalog for its language at once, then the admin's language as
    // the background sends it with the preset.
    const sent: Record<Lang, Record<string, string>> = { id: {}, en: {} };
    for (const lang of ['id', 'en'] as const) addMessages(lang, (key, subs) => templateLookup(sent[lang])(key, subs));
    // Once the extension is updated or reloaded every browser.i18n call of this (orphaned) script
    // throws "Extension context invalidated", and the panel renders until it notices: the catalog
    // the background sent answers instead, and nothing is thrown into the page.
    const fromBrowser = (key: string, subs: string[]): string | undefined => {
      try {
        return browser.i18n.getMessage(key as never, subs) || undefined;
      } catch {
        return undefined;
      }
    };
    addMessages(resolveLang('auto', browser.i18n.getUILanguage()), fromBrowser);
    uiLang.value = resolveLang('auto', browser.i18n.getUILanguage());
    const panels = new Map<ComposerHandle, Promise<MountedPanel | null>>();
    // The browser's side panel, while open on this tab, shows the panel instead of the page.
    const sidePanel = serveSidePanel(ctx, () => [...panels.keys()].filter((h) => h.isConnected()).at(-1) ?? null);

    const refresh = async () => {
      const reply = await ask('preset:get', { platform: adapter.platform });
      if (!reply.ok || ctx.isInvalid) return;
      sent[reply.data.messages.lang] = reply.data.messages.templates;
      preset.value = reply.data;
      uiLang.value = reply.data.messages.lang;
    };
    void refresh();
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PRESET_REVISION_KEY in changes) void refresh();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

    // Firefox runs the new content script in open tabs when the extension is updated or reloaded,
    // and the old one's code is gone without running its clean-up: its panels stay, dead. Any
    // panel already here when this script starts is such a leftover.
    for (const stale of document.querySelectorAll('[data-saring="panel"], [data-saring="reply"], [data-saring="notice"]')) stale.remove();
    const onAdd = (handle: ComposerHandle): void => {
      // A panel that fails to mount must never get in the admin's way: log and carry on.
      const mounting = mountPanel(ctx, handle, preset, contentScriptDeps, sidePanel.open).catch((error: unknown) => {
        console.warn('[Saring] panel not shown', error);
        return null;
      });
      panels.set(handle, mounting);
      sidePanel.changed();
    };
    const onRemove = (handle: ComposerHandle): void => {
      const mounting = panels.get(handle);
      panels.delete(handle);
      sidePanel.changed();
      void mounting?.then((panel) => panel?.remove());
    };
    watchComposers(adapter, document, { signal: ctx.signal, onAdd, onRemove });
    // The site drifted: a panel the admin attached by hand goes when its editable does.
    const attached = new Set<ComposerHandle>();
    watchDrift({
      ctx,
      adapter,
      known: (element) => [...panels.keys()].some((handle) => handle.editor === element || handle.editor.contains(element) || element.contains(handle.editor)),
      attach(handle) {
        attached.add(handle);
        onAdd(handle);
      },
    });
    ctx.setInterval(() => {
      for (const handle of attached) {
        if (handle.isConnected()) continue;
        attached.delete(handle);
        handle.dispose?.();
        onRemove(handle);
      }
    }, 1000);
    // Comment boxes get the compact reply button, never the panel (issue 18).
    mountReplies(ctx, preset, contentScriptDeps);
    // WXT only notices that the extension was updated or removed when something asks; asking
    // every 1.5 s makes an orphaned content script take its panels (and its post guard) away.
    ctx.setInterval(() => undefined, 1500);
    ctx.onInvalidated(() => {
      for (const mounting of panels.values()) void mounting.then((panel) => panel?.remove());
      panels.clear();
    });
  },
});
