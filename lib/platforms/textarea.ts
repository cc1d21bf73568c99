/**
 * A ComposerHandle over a site's plain <textarea> (Instagram's comment field in many builds). React
 * keeps the field's value in its own state and only learns of a change from an `input` event whose
 * value differs from the last one it saw; setting the value through the element's native setter
 * and dispatching `input` is how a user's typing looks to it. Read back afterwards, never retried.
 */
import type { Platform } from '../checks/types';
import type { ComposerHandle, InsertResult } from './types';

export interface TextareaSpec {
  platform: Platform;
  textarea: HTMLTextAreaElement;
  anchor: HTMLElement;
  findPostButton(): HTMLElement | null;
  accountName(): string | null;
}

const SETTLE_MIN_MS = 50;
const SETTLE_MAX_MS = 300;
const POLL_MS = 25;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const nativeValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');

export function createTextareaHandle(spec: TextareaSpec): ComposerHandle {
  const { textarea } = spec;
  const own = new AbortController();
  // A textarea keeps its selection while blurred, but the site may reset it: remember it ourselves.
  let last = { start: textarea.selectionStart, end: textarea.selectionEnd };
  const remember = (): void => {
    if (textarea.ownerDocument.activeElement === textarea) last = { start: textarea.selectionStart, end: textarea.selectionEnd };
  };
  for (const type of ['select', 'keyup', 'mouseup', 'input', 'focusout']) textarea.addEventListener(type, remember, { signal: own.signal });

  const readText = (): string => textarea.value.replace(/\r\n?/g, '\n');

  async function replace(start: number, end: number, text: string): Promise<InsertResult> {
    if (!textarea.isConnected) return { ok: false, text: '', error: 'composer-gone' };
    const before = readText();
    if (start < 0 || end < start || end > before.length) return { ok: false, text: before, error: 'out-of-range' };
    const inserted = text.replace(/\r\n?/g, '\n');
    const expected = before.slice(0, start) + inserted + before.slice(end);
    textarea.focus({ preventScroll: true });
    if (textarea.ownerDocument.activeElement !== textarea) return { ok: false, text: before, error: 'not-focusable' };
    if (nativeValue?.set) nativeValue.set.call(textarea, expected);
    else textarea.value = expected;
    const caret = start + inserted.length;
    textarea.setSelectionRange(caret, caret);
    last = { start: caret, end: caret };
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: inserted }));
    await sleep(SETTLE_MIN_MS);
    for (let waited = SETTLE_MIN_MS; ; waited += POLL_MS) {
      if (!textarea.isConnected) return { ok: false, text: '', error: 'composer-gone' };
      const now = readText();
      if (now === expected) return { ok: true, text: now };
      if (waited >= SETTLE_MAX_MS) return { ok: false, text: now, error: 'mismatch' };
      await sleep(POLL_MS);
    }
  }

  return {
    platform: spec.platform,
    editor: textarea,
    anchor: spec.anchor,
    readText,
    insertAtCaret(text) {
      const length = readText().length;
      return replace(Math.min(last.start, length), Math.min(last.end, length), text);
    },
    replaceRange: (start, end, text) => replace(start, end, text),
    replaceAll: (text) => replace(0, readText().length, text),
    restoreCaret() {
      if (!textarea.isConnected) return;
      textarea.focus({ preventScroll: true });
      const length = readText().length;
      textarea.setSelectionRange(Math.min(last.start, length), Math.min(last.end, length));
    },
    findPostButton: () => spec.findPostButton(),
    accountName: () => spec.accountName(),
    onChange(callback, signal) {
      let seen = readText();
      const deliver = (): void => {
        const text = readText();
        if (text === seen) return;
        seen = text;
        callback(text);
      };
      // React also clears the field after sending without an input event: look again on key-up and focus.
      for (const type of ['input', 'keyup', 'focus', 'blur']) textarea.addEventListener(type, deliver, { signal });
    },
    isConnected: () => textarea.isConnected,
    dispose: () => own.abort(),
  };
}
