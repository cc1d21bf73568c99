/**
 * Instagram: the caption step of the "Create new post" dialog (Create → Post → crop → Next →
 * filters → Next → caption). The caption is a contenteditable div, Lexical in the fixtures and
 * likely on the site, with or without role="textbox" depending on the build. Structure first: an
 * editor counts only inside a dialog that also holds Share; the crop and filter steps have no
 * editor, and "Discard post?" or the Reels notice hold no Share.
 */
import { createHandle } from './editor';
import { css, instagram, instagramAvatarAlt, lexicalBlocks, queryAll } from './selectors';
import type { PlatformAdapter } from './types';

const dialogCss = css(instagram.dialog);

function captionDialog(editor: HTMLElement): HTMLElement | null {
  const dialog = editor.closest<HTMLElement>(dialogCss);
  return dialog && queryAll(dialog, instagram.share).length > 0 ? dialog : null;
}

export const instagramAdapter: PlatformAdapter = {
  platform: 'instagram',
  matches: (url) => url.hostname === 'www.instagram.com' || url.hostname === 'instagram.com',
  findEditors: (root) => queryAll(root, instagram.caption).filter((editor) => captionDialog(editor) !== null),
  // Comments are textareas (never offered: the handle works on contenteditables only).
  mightBeComposer: (editable) => editable.closest(dialogCss) !== null,
  handle: (editor) => {
    const anchor = captionDialog(editor) ?? editor;
    return createHandle({
      platform: 'instagram',
      editor,
      anchor,
      blockSelector: lexicalBlocks,
      findPostButton: () => queryAll(anchor, instagram.share)[0] ?? null,
      accountName: () => {
        for (const avatar of queryAll(anchor, instagram.accountAvatar)) {
          const alt = avatar.getAttribute('alt') ?? '';
          for (const pattern of instagramAvatarAlt) {
            const name = pattern.exec(alt)?.[1]?.trim();
            if (name) return name;
          }
        }
        return null;
      },
    });
  },
};
