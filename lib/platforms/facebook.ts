/**
 * Facebook: the "Create post" dialog on a profile, a Page or a group. Comment boxes and Messenger
 * are Lexical textboxes too (Messenger's chat window is even a dialog), so an editor counts only
 * inside a dialog, when it is not labelled as a comment or message, and when its placeholder is a
 * composer's or its dialog has a Post button.
 */
import { createHandle } from './editor';
import { css, facebook, facebookPlaceholderName, lexicalBlocks, matchesAny, queryAll } from './selectors';
import type { PlatformAdapter } from './types';

function isComposer(editor: HTMLElement): boolean {
  const dialog = editor.closest(css(facebook.dialog));
  if (!dialog) return false;
  if (matchesAny(editor, facebook.notComposerLabel)) return false;
  return matchesAny(editor, facebook.composerLabel) || queryAll(dialog, facebook.post).length > 0;
}

export const facebookAdapter: PlatformAdapter = {
  platform: 'facebook',
  matches: (url) => url.hostname === 'www.facebook.com' || url.hostname === 'web.facebook.com',
  findEditors: (root) => queryAll(root, facebook.editor).filter(isComposer),
  handle: (editor) => {
    const anchor = editor.closest<HTMLElement>(css(facebook.dialog)) ?? editor;
    return createHandle({
      platform: 'facebook',
      editor,
      anchor,
      blockSelector: lexicalBlocks,
      findPostButton: () => queryAll(anchor, facebook.post)[0] ?? null,
      // The placeholder names whoever posts (the person or the Page); group placeholders do not.
      accountName: () => {
        for (const label of [editor.getAttribute('aria-placeholder'), editor.getAttribute('aria-label')]) {
          for (const pattern of facebookPlaceholderName) {
            const name = pattern.exec(label ?? '')?.[1]?.trim();
            if (name) return name;
          }
        }
        return null;
      },
    });
  },
};
