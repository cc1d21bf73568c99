/** Picks the adapter for a page and follows its composers as they come and go. */
import { businessAdapter } from './business';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { tiktokAdapter } from './tiktok';
import type { ComposerHandle, PlatformAdapter } from './types';

export type { ComposerHandle, InsertResult, PlatformAdapter } from './types';
export { businessAdapter, facebookAdapter, instagramAdapter, tiktokAdapter };

const adapters: readonly PlatformAdapter[] = [instagramAdapter, facebookAdapter, tiktokAdapter, businessAdapter];

export function adapterFor(url: URL): PlatformAdapter | null {
  return adapters.find((adapter) => adapter.matches(url)) ?? null;
}

export interface WatchOptions {
  onAdd(handle: ComposerHandle): void;
  onRemove(handle: ComposerHandle): void;
  signal: AbortSignal;
}

/**
 * A busy feed mutates constantly, so mutations only schedule a scan, at most one per SCAN_DELAY_MS.
 * A timer rather than requestAnimationFrame: frames stop in background tabs, and a composer opened
 * there should have its panel when the user comes back.
 */
const SCAN_DELAY_MS = 50;

/** Attributes that can turn an existing element into (or out of) a composer. */
const WATCHED_ATTRIBUTES = ['aria-label', 'aria-placeholder', 'contenteditable', 'role', 'hidden'];

/** Calls onAdd once per composer editor that appears and onRemove when it goes (SPA navigation, dialogs). */
export function watchComposers(adapter: PlatformAdapter, root: Document, options: WatchOptions): void {
  const { onAdd, onRemove, signal } = options;
  const live = new Map<HTMLElement, ComposerHandle>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  function scan(): void {
    timer = null;
    if (signal.aborted) return;
    const found = new Set(adapter.findEditors(root));
    for (const [editor, handle] of live) {
      if (found.has(editor) && editor.isConnected) continue;
      live.delete(editor);
      // The site replaced the editor of a composer still open: the same handle (and panel) moves on.
      const next = [...found].find((candidate) => !live.has(candidate) && handle.adopt?.(candidate) === true);
      if (next) {
        live.set(next, handle);
        continue;
      }
      handle.dispose?.();
      onRemove(handle);
    }
    for (const editor of found) {
      if (live.has(editor)) continue;
      const handle = adapter.handle(editor);
      live.set(editor, handle);
      onAdd(handle);
    }
  }

  /** Typing inside a known editor changes nothing about which composers exist. */
  function insideLiveEditor(node: Node): boolean {
    for (const editor of live.keys()) if (editor.contains(node)) return true;
    return false;
  }

  const observer = new MutationObserver((records) => {
    if (timer !== null) return;
    if (records.every((record) => insideLiveEditor(record.target))) return;
    timer = setTimeout(scan, SCAN_DELAY_MS);
  });
  observer.observe(root.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      for (const handle of live.values()) handle.dispose?.();
      live.clear();
    },
    { once: true },
  );
  scan();
}
