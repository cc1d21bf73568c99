/**
 * The check before a reply goes out. Comment boxes send on Enter and on their send button; only
 * errors stop them (the session's `blocking`), and everything else passes without delay. Like the
 * post guard, anything that fails in here lets the reply through.
 */
import { guardPosts } from '../panel/guard';
import type { Finding } from '../../lib/checks/types';
import type { ComposerHandle } from '../../lib/platforms/types';

export interface ReplyGuardHooks {
  blocking(): readonly Finding[];
  prompt(findings: readonly Finding[], proceed: () => void): void;
  /** The reply went out (Enter or the send button). */
  sent(info: { overridden: boolean }): void;
}

export function guardReplies(handle: ComposerHandle, hooks: ReplyGuardHooks, signal: AbortSignal): void {
  /** True while Saring itself sends the reply the admin chose to send anyway. */
  let passing = false;
  const sendable = (): boolean => handle.readText().trim() !== '';

  const sendAnyway = (): void => {
    passing = true;
    try {
      // The site sends on its own keydown handler (Lexical reads event.key); give it the Enter it did
      // not get. Editors that ignore synthetic keys (Draft.js reads keyCode) get their send button.
      handle.editor.focus({ preventScroll: true });
      handle.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, composed: true }));
    } catch (error) {
      console.warn('[Saring]', error);
    }
    setTimeout(() => {
      try {
        if (sendable()) handle.findPostButton()?.click();
      } catch (error) {
        console.warn('[Saring]', error);
      } finally {
        passing = false;
      }
      safely(() => hooks.sent({ overridden: true }));
    }, 50);
  };

  const onKey = (event: KeyboardEvent): void => {
    if (passing || event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    let blocking: readonly Finding[] = [];
    try {
      if (!event.composedPath().includes(handle.editor) || !sendable()) return;
      blocking = hooks.blocking();
    } catch (error) {
      console.warn('[Saring] reply check skipped', error);
      return;
    }
    if (blocking.length === 0) {
      safely(() => hooks.sent({ overridden: false }));
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    safely(() => hooks.prompt(blocking, sendAnyway));
  };
  // Capture on window: before the editor's own handlers (Lexical, Draft.js, React).
  window.addEventListener('keydown', onKey, { capture: true, signal });

  // The send button, as the post guard watches Share/Post.
  guardPosts(
    handle,
    {
      blocking: () => (passing || !sendable() ? [] : hooks.blocking()),
      prompt: hooks.prompt,
      posted: ({ overridden }) => {
        if (!passing && (overridden || sendable())) safely(() => hooks.sent({ overridden }));
      },
    },
    signal,
  );
}

function safely(action: () => void): void {
  try {
    action();
  } catch (error) {
    console.warn('[Saring]', error);
  }
}
