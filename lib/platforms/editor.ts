/**
 * One ComposerHandle over a contenteditable run by Lexical or Draft.js, using only the DOM and DOM
 * events (the content script's isolated world cannot reach either editor's JavaScript).
 *
 * Text goes in as a synthetic paste (ClipboardEvent with a text/plain DataTransfer): both editors
 * route it through their own paste handlers, which update their model, keep newlines and replace
 * the selection (in Firefox through the event's `dataType` / `data` init fields, see paste()).
 * execCommand('insertText') is deliberately not used: Lexical only takes it one task
 * after focus, and on an empty Draft.js editor it makes React throw and the editor vanish.
 */
import type { Platform } from '../checks/types';
import type { ComposerHandle, InsertResult } from './types';
import { captionText, layout, offsetAt, pointAt, readCaption, sameText } from './text';

export interface HandleSpec {
  platform: Platform;
  editor: HTMLElement;
  anchor: HTMLElement;
  /** CSS of the editor's block elements (Lexical paragraphs, Draft [data-block]). */
  blockSelector: string;
  findPostButton(): HTMLElement | null;
  accountName(): string | null;
  /** The site's own "post now?" confirmation is showing (see ComposerHandle.siteConfirming). */
  siteConfirming?(): boolean;
  /**
   * Replaces the plain paste for one site (TikTok's tags); gets the handle's own steps. Every insert
   * (insertAtCaret, replaceRange, replaceAll) goes through it.
   */
  replacer?(ops: EditorOps): (start: number, end: number, text: string) => Promise<InsertResult>;
  /** Whether a new editor element is this composer's, after the site replaced the old one. */
  sameComposer?(next: HTMLElement): boolean;
  /** The element that replaced a disconnected editor, when the composer is still open. */
  findReplacement?(): HTMLElement | null;
}

/** The steps of an insert, for a site's own replacer. */
export interface EditorOps {
  editor: HTMLElement;
  blockSelector: string;
  /** Layout text, trailing newlines included. */
  fullText(): string;
  readText(): string;
  /** Selects [start, end) of fullText() and resolves once the editor has seen it. */
  selectAndWait(start: number, end: number): Promise<void>;
  /** Focuses the editor (and waits for it to react); false when it cannot take focus. */
  focus(): Promise<boolean>;
  paste(text: string): void;
  /** Reads back until the caption equals `expected` (or the bound passes). */
  settle(expected: string): Promise<InsertResult>;
  /** The plain paste insert every site uses. */
  plainReplace(start: number, end: number, text: string): Promise<InsertResult>;
}

interface Caret {
  start: number;
  end: number;
}

/** Editors re-render after a paste in a microtask or a frame; read back between these bounds. */
const SETTLE_MIN_MS = 50;
const SETTLE_MAX_MS = 300;
const POLL_MS = 25;
/** Longest wait for the editor to see the selection we set (it learns it from selectionchange). */
const SELECTION_WAIT_MS = 100;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createHandle(spec: HandleSpec): ComposerHandle {
  const { blockSelector } = spec;
  // The element the handle works on now; the site may replace it (see adopt).
  let editor = spec.editor;
  const doc = editor.ownerDocument;
  const tracking = new AbortController();
  let lastCaret: Caret | null = null;
  /** Re-points onChange observers at the current editor. */
  const watchers = new Set<() => void>();

  const fullText = (): string => layout(editor, blockSelector).text;
  const readText = (): string => readCaption(editor, blockSelector);

  /** The selection as caption offsets, when it lies inside this editor. */
  function selectionInEditor(): Caret | null {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const { anchorNode, focusNode } = selection;
    if (!anchorNode || !focusNode || !editor.contains(anchorNode) || !editor.contains(focusNode)) return null;
    const a = offsetAt(editor, blockSelector, { node: anchorNode, offset: selection.anchorOffset });
    const b = offsetAt(editor, blockSelector, { node: focusNode, offset: selection.focusOffset });
    return { start: Math.min(a, b), end: Math.max(a, b) };
  }

  // The panel takes focus when clicked, so the caret the user had must be remembered as it moves.
  const remember = (): void => {
    const caret = selectionInEditor();
    if (caret) lastCaret = caret;
  };
  doc.addEventListener('selectionchange', remember, { signal: tracking.signal });
  // selectionchange arrives a task late, by when a click elsewhere may already have moved the
  // selection out; focusout fires while the selection is still in the editor.
  const trackFocus = (): void => editor.addEventListener('focusout', remember, { signal: tracking.signal });
  trackFocus();

  /** Selects [start, end); false when the selection already was exactly that (no selectionchange comes). */
  function select(start: number, end: number): boolean {
    const from = pointAt(editor, blockSelector, start);
    const to = pointAt(editor, blockSelector, end);
    const selection = doc.getSelection();
    if (!selection) return false;
    const already = selection.anchorNode === from.node && selection.anchorOffset === from.offset && selection.focusNode === to.node && selection.focusOffset === to.offset;
    if (already) return false;
    selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
    return true;
  }

  function hasFocus(): boolean {
    const active = doc.activeElement;
    return active !== null && (active === editor || editor.contains(active));
  }

  /** Resolves once the page has handled the selectionchange our selection caused (or after a bound). */
  function selectionNoticed(): Promise<void> & { cancel(): void } {
    let done = (): void => undefined;
    const noticed = new Promise<void>((resolve) => {
      done = (): void => {
        clearTimeout(timer);
        doc.removeEventListener('selectionchange', done);
        // Let the page's own selectionchange listeners finish before we paste.
        setTimeout(resolve, 0);
      };
      const timer = setTimeout(done, SELECTION_WAIT_MS);
      doc.addEventListener('selectionchange', done);
    });
    return Object.assign(noticed, { cancel: () => done() });
  }

  function paste(text: string): void {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    // Firefox ignores `clipboardData` in the init dict and fills the event's own DataTransfer from
    // its non-standard `dataType` / `data` fields instead; Chromium ignores those two.
    const init: ClipboardEventInit & { dataType: string; data: string } = { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true, composed: true };
    editor.dispatchEvent(new ClipboardEvent('paste', init));
  }

  const gone = (): InsertResult => ({ ok: false, text: '', error: 'composer-gone' });

  async function settle(expected: string, alive: () => boolean): Promise<InsertResult> {
    await sleep(SETTLE_MIN_MS);
    for (let waited = SETTLE_MIN_MS; ; waited += POLL_MS) {
      if (!alive()) return gone();
      const text = readText();
      if (sameText(text, expected)) return { ok: true, text };
      // Never paste again here: if the first paste landed late or partly, a second one duplicates text.
      if (waited >= SETTLE_MAX_MS) return { ok: false, text, error: 'mismatch' };
      await sleep(POLL_MS);
    }
  }

  async function focus(): Promise<boolean> {
    editor.focus({ preventScroll: true });
    await sleep(0);
    return editor.isConnected && hasFocus();
  }

  async function selectAndWait(start: number, end: number): Promise<void> {
    const noticed = selectionNoticed();
    // Already there (the caret after a paste or a picked tag): no selectionchange will come, so
    // waiting for one would only cost its whole bound.
    if (!select(start, end)) noticed.cancel();
    await noticed;
  }

  /** The editor now: a disconnected one is swapped for its replacement before an action starts. */
  function current(): HTMLElement {
    if (!editor.isConnected) {
      const next = spec.findReplacement?.();
      if (next && next.isConnected && next !== editor) adopt(next);
    }
    return editor;
  }

  function adopt(next: HTMLElement): boolean {
    if (next === editor) return true;
    if (!spec.sameComposer?.(next)) return false;
    editor = next;
    lastCaret = null;
    trackFocus();
    for (const observe of watchers) observe();
    return true;
  }

  async function replace(start: number, end: number, text: string): Promise<InsertResult> {
    current();
    // An insert belongs to the element it started on: when the site replaces the editor meanwhile,
    // it ends as composer-gone and is never replayed into the new one.
    const target = editor;
    const alive = (): boolean => target.isConnected && editor === target;
    try {
      if (!alive()) return gone();
      const before = fullText();
      if (start < 0 || end < start || end > before.length) return { ok: false, text: captionText(before), error: 'out-of-range' };
      const inserted = text.replace(/\r\n?/g, '\n');
      const expected = captionText(before.slice(0, start) + inserted + before.slice(end));
      editor.focus({ preventScroll: true });
      // Draft.js and Lexical react to focus asynchronously (React commits, Lexical's focus handling);
      // a selection set before that may be overwritten.
      await sleep(0);
      if (!alive()) return gone();
      if (!hasFocus()) return { ok: false, text: readText(), error: 'not-focusable' };
      const noticed = selectionNoticed();
      if (!select(start, end)) noticed.cancel();
      await noticed;
      if (!alive()) return gone();
      paste(inserted);
      return await settle(expected, alive);
    } catch {
      // A composer torn down between our steps can make DOM calls throw; the page must not see it.
      return alive() ? { ok: false, text: safeRead(), error: 'mismatch' } : gone();
    }
  }

  function safeRead(): string {
    try {
      return readText();
    } catch {
      return '';
    }
  }

  const ops: EditorOps = {
    get editor() {
      return editor;
    },
    blockSelector,
    fullText,
    readText,
    selectAndWait,
    focus,
    paste,
    settle: (expected) => {
      const target = editor;
      return settle(expected, () => target.isConnected && editor === target);
    },
    plainReplace: replace,
  };
  const replaceWith = spec.replacer ? spec.replacer(ops) : replace;

  return {
    platform: spec.platform,
    get editor() {
      return editor;
    },
    anchor: spec.anchor,
    readText,
    insertAtCaret: (text) => {
      if (!current().isConnected) return Promise.resolve(gone());
      const length = fullText().length;
      const end = readText().length;
      // The caret may be stale (the caption changed since): clamp it rather than fail.
      const caret = selectionInEditor() ?? lastCaret ?? { start: end, end };
      return replaceWith(Math.min(caret.start, length), Math.min(caret.end, length), text);
    },
    replaceRange: (start, end, text) => replaceWith(start, end, text),
    // The whole layout text, trailing empty paragraphs included, so none is left behind.
    replaceAll: (text) => replaceWith(0, current().isConnected ? fullText().length : 0, text),
    restoreCaret: () => {
      if (!editor.isConnected) return;
      editor.focus({ preventScroll: true });
      const end = readText().length;
      const caret = lastCaret ?? { start: end, end };
      select(Math.min(caret.start, end), Math.min(caret.end, end));
    },
    findPostButton: () => spec.findPostButton(),
    siteConfirming: () => spec.siteConfirming?.() ?? false,
    accountName: () => spec.accountName(),
    onChange: (callback, signal) => {
      let last = safeRead();
      let queued = false;
      const deliver = (): void => {
        queued = false;
        if (signal.aborted || !editor.isConnected) return;
        const text = safeRead();
        if (text === last) return;
        last = text;
        callback(text);
      };
      // Typing, paste and our inserts all end as DOM mutations of the editor; batch them per task.
      const observer = new MutationObserver(() => {
        if (queued) return;
        queued = true;
        queueMicrotask(deliver);
      });
      const observe = (): void => {
        observer.disconnect();
        observer.observe(editor, { childList: true, characterData: true, subtree: true });
        deliver();
      };
      observer.observe(editor, { childList: true, characterData: true, subtree: true });
      watchers.add(observe);
      signal.addEventListener(
        'abort',
        () => {
          observer.disconnect();
          watchers.delete(observe);
        },
        { once: true },
      );
    },
    adopt,
    isConnected: () => current().isConnected,
    dispose: () => tracking.abort(),
  };
}
