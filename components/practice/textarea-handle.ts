/**
 * A ComposerHandle over a plain <textarea>: the simulated composers of the practice page. The panel
 * talks to it exactly as it talks to the real sites' adapters, so what trainees learn carries over.
 */
import type { Platform } from '../../lib/checks/types';
import type { ComposerHandle, InsertResult } from '../../lib/platforms/types';

export interface TextareaComposer {
  platform: Platform;
  textarea: HTMLTextAreaElement;
  /** What the panel sits beside. */
  anchor: HTMLElement;
  postButton(): HTMLElement | null;
  account: string | null;
}

interface Selection {
  start: number;
  end: number;
}

export function createTextareaHandle(composer: TextareaComposer): ComposerHandle {
  const { textarea } = composer;
  const own = new AbortController();
  // The caret the trainee last had: the textarea forgets nothing on blur, but our own edits move it.
  let last: Selection | null = null;
  const remember = () => {
    last = { start: textarea.selectionStart, end: textarea.selectionEnd };
  };
  for (const type of ['select', 'keyup', 'mouseup', 'input', 'focus']) {
    textarea.addEventListener(type, remember, { signal: own.signal });
  }

  const readText = () => textarea.value.replace(/\r\n?/g, '\n');

  const write = (text: string, start: number, end: number): InsertResult => {
    if (!textarea.isConnected) return { ok: false, text: '', error: 'composer-gone' };
    const length = textarea.value.length;
    if (start < 0 || end < start || end > length) return { ok: false, text: readText(), error: 'out-of-range' };
    textarea.setRangeText(text, start, end, 'end');
    last = { start: start + text.length, end: start + text.length };
    // Our edits must reach every listener the trainee's typing reaches (the panel's counters too).
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    return { ok: true, text: readText() };
  };

  return {
    platform: composer.platform,
    editor: textarea,
    anchor: composer.anchor,
    readText,
    insertAtCaret(text) {
      const at = last ?? { start: textarea.value.length, end: textarea.value.length };
      return Promise.resolve(write(text, Math.min(at.start, textarea.value.length), Math.min(at.end, textarea.value.length)));
    },
    replaceRange(start, end, text) {
      return Promise.resolve(write(text, start, end));
    },
    replaceAll(text) {
      return Promise.resolve(write(text, 0, textarea.value.length));
    },
    restoreCaret() {
      if (!textarea.isConnected) return;
      textarea.focus();
      const at = last ?? { start: textarea.value.length, end: textarea.value.length };
      textarea.setSelectionRange(at.start, at.end);
    },
    findPostButton: () => composer.postButton(),
    accountName: () => composer.account,
    onChange(callback, signal) {
      textarea.addEventListener('input', () => callback(readText()), { signal });
    },
    isConnected: () => textarea.isConnected,
    dispose: () => own.abort(),
  };
}
