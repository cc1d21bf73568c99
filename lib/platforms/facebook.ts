/**
 * Facebook: the "Create post" dialog on a profile, a Page or a group. Comment boxes and Messenger
 * are Lexical textboxes too (Messenger's chat window is even a dialog), so an editor counts only
 * inside a dialog, when it is not labelled as a comment, reply or message, and when its dialog
 * holds Post or Next (structure) or its placeholder is a composer's (label, the second key).
 *
 * Pages post in two steps: Next opens "Post settings", a second aria-modal dialog, and the final
 * Post is only there; the first dialog stays mounted, hidden. The handle follows: its Post button
 * and its anchor are the latest later step while one is open, the composer's own otherwise (Back).
 * Facebook also replaces the editor element shortly after the dialog opens: the handle adopts the
 * new element when it sits in the same dialog.
 */
import { createHandle } from './editor';
import { css, facebook, facebookPlaceholderName, lexicalBlocks, matchesAny, queryAll } from './selectors';
import type { ComposerHandle, PlatformAdapter } from './types';

const dialogCss = css(facebook.dialog);

function isComposer(editor: HTMLElement): boolean {
  const dialog = editor.closest(dialogCss);
  if (!dialog) return false;
  if (matchesAny(editor, facebook.notComposerLabel)) return false;
  return queryAll(dialog, facebook.post).length > 0 || queryAll(dialog, facebook.next).length > 0 || matchesAny(editor, facebook.composerLabel);
}

/** The composer's own dialog: the modal one (Facebook nests a header dialog inside it), else any. */
function composerDialog(editor: HTMLElement): HTMLElement {
  return editor.closest<HTMLElement>(css(facebook.laterStep)) ?? editor.closest<HTMLElement>(dialogCss) ?? editor;
}

function shown(element: HTMLElement): boolean {
  return element.isConnected && !element.closest('[hidden], [aria-hidden="true"]') && element.getClientRects().length > 0;
}

/** A later step of this post: an aria-modal dialog other than the composer's, holding Post, shown. */
function laterStep(composer: HTMLElement): HTMLElement | null {
  const steps = queryAll(composer.ownerDocument, facebook.laterStep).filter(
    (step) => step !== composer && !composer.contains(step) && !step.contains(composer) && shown(step) && queryAll(step, facebook.post).length > 0,
  );
  return steps.at(-1) ?? null;
}

export const facebookAdapter: PlatformAdapter = {
  platform: 'facebook',
  matches: (url) => url.hostname === 'www.facebook.com' || url.hostname === 'web.facebook.com',
  findEditors: (root) => queryAll(root, facebook.editor).filter(isComposer),
  // Only in a modal dialog: Messenger's chat windows are dialogs too, but never modal.
  mightBeComposer: (editable) => editable.closest(css(facebook.laterStep)) !== null && !matchesAny(editable, facebook.notComposerLabel),
  handle: (first) => {
    const dialog = composerDialog(first);
    const handle: ComposerHandle = createHandle({
      platform: 'facebook',
      editor: first,
      anchor: dialog,
      blockSelector: lexicalBlocks,
      findPostButton: () => {
        const step = laterStep(dialog);
        if (step) return queryAll(step, facebook.post)[0] ?? null;
        return shown(dialog) ? (queryAll(dialog, facebook.post)[0] ?? null) : null;
      },
      // The placeholder names whoever posts (the person or the Page); group placeholders do not.
      accountName: () => {
        for (const label of [handle.editor.getAttribute('aria-placeholder'), handle.editor.getAttribute('aria-label')]) {
          for (const pattern of facebookPlaceholderName) {
            const name = pattern.exec(label ?? '')?.[1]?.trim();
            if (name) return name;
          }
        }
        return null;
      },
      sameComposer: (next) => dialog.isConnected && dialog.contains(next) && isComposer(next),
      findReplacement: () => (dialog.isConnected ? (queryAll(dialog, facebook.editor).find(isComposer) ?? null) : null),
    });
    // The panel stays beside the step the admin is on.
    Object.defineProperty(handle, 'anchor', { get: () => laterStep(dialog) ?? dialog });
    return handle;
  },
};
