/** Instagram: the caption step of the "Create new post" dialog, a Lexical editor. */
import { createHandle } from './editor';
import { css, instagram, instagramAvatarAlt, lexicalBlocks, queryAll } from './selectors';
import type { PlatformAdapter } from './types';

export const instagramAdapter: PlatformAdapter = {
  platform: 'instagram',
  matches: (url) => url.hostname === 'www.instagram.com' || url.hostname === 'instagram.com',
  // Only inside the dialog: comment fields elsewhere never carry the caption labels, but a stray
  // label match outside the create flow is not a caption either.
  findEditors: (root) => queryAll(root, instagram.caption).filter((editor) => editor.closest(css(instagram.dialog)) !== null),
  handle: (editor) => {
    const anchor = editor.closest<HTMLElement>(css(instagram.dialog)) ?? editor;
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
