/**
 * Bundled as an IIFE and evaluated in a frame's ISOLATED world by tests/adapters.test.ts, so the
 * adapters run exactly as in the content script: same DOM, none of the page's JavaScript.
 */
import { adapterFor, watchComposers, type ComposerHandle, type InsertResult } from '../../lib/platforms/index';

export interface ProbeApi {
  /** Starts watching; returns the adapter's platform or null when no adapter matches. */
  start(): string | null;
  /** Handles currently live (added and not removed). */
  live(): number;
  /** Every add / remove so far, in order, as "add:<aria-label>" / "remove:<aria-label>". */
  events: string[];
  readText(index?: number): string;
  insertAtCaret(text: string, index?: number): Promise<InsertResult>;
  replaceRange(start: number, end: number, text: string, index?: number): Promise<InsertResult>;
  replaceAll(text: string, index?: number): Promise<InsertResult>;
  /**
   * Starts an insert and, one task later, clicks `closeSelector` (the page's own close button) and,
   * when given, the confirming control of the dialog that asks first (a task after that).
   */
  insertWhileClosing(closeSelector: string, closeText: string | null, confirmSelector?: string, confirmText?: string | null): Promise<InsertResult>;
  /** Starts an insert and, one task later, makes the page swap its editor element (DOM event). */
  insertWhileReplacing(text: string): Promise<InsertResult>;
  /** The handle's platform and placements (Business Suite), as the panel reads them. */
  platform(index?: number): string;
  placements(index?: number): string[] | null;
  /** Whether the first handle's editor is the element the page shows now. */
  editorIsCurrent(css: string): boolean;
  postButton(): { label: string; disabled: boolean } | null;
  accountName(): string | null;
  editorLabel(): string | null;
  /** Texts reported by onChange of the first handle since start. */
  changes: string[];
}

const handles: ComposerHandle[] = [];
const controller = new AbortController();

function pick(index = 0): ComposerHandle {
  const handle = handles[index];
  if (!handle) throw new Error(`no live composer #${index} (live: ${handles.length})`);
  return handle;
}

const api: ProbeApi = {
  start: () => {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return null;
    watchComposers(adapter, document, {
      signal: controller.signal,
      onAdd: (handle) => {
        handles.push(handle);
        api.events.push(`add:${handle.editor.getAttribute('aria-label') ?? handle.platform}`);
        if (handles.length === 1) handle.onChange((text) => api.changes.push(text), controller.signal);
      },
      onRemove: (handle) => {
        handles.splice(handles.indexOf(handle), 1);
        api.events.push(`remove:${handle.editor.getAttribute('aria-label') ?? handle.platform}`);
      },
    });
    return adapter.platform;
  },
  live: () => handles.length,
  events: [],
  changes: [],
  readText: (index) => pick(index).readText(),
  insertAtCaret: (text, index) => pick(index).insertAtCaret(text),
  replaceRange: (start, end, text, index) => pick(index).replaceRange(start, end, text),
  replaceAll: (text, index) => pick(index).replaceAll(text),
  insertWhileClosing: (closeSelector, closeText, confirmSelector, confirmText = null) => {
    const pending = pick().insertAtCaret('never lands');
    const click = (selector: string, text: string | null): void => {
      const buttons = [...document.querySelectorAll<HTMLElement>(selector)];
      buttons.find((candidate) => text === null || candidate.textContent?.trim() === text)?.click();
    };
    setTimeout(() => {
      click(closeSelector, closeText);
      if (confirmSelector) setTimeout(() => click(confirmSelector, confirmText), 0);
    }, 0);
    return pending;
  },
  insertWhileReplacing: (text) => {
    const pending = pick().insertAtCaret(text);
    setTimeout(() => document.dispatchEvent(new Event('fixture:replace-editor')), 0);
    return pending;
  },
  platform: (index) => pick(index).platform,
  placements: (index) => pick(index).placements?.() ?? null,
  editorIsCurrent: (css) => document.querySelector(css) === pick().editor,
  postButton: () => {
    const button = pick().findPostButton();
    if (!button) return null;
    return { label: button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '', disabled: button.getAttribute('aria-disabled') === 'true' };
  },
  accountName: () => pick().accountName(),
  editorLabel: () => pick().editor.getAttribute('aria-label'),
};

declare global {
  // eslint-disable-next-line no-var -- a global declaration needs var
  var __saringProbe: ProbeApi | undefined;
}

globalThis.__saringProbe = api;
