/** TikTok Studio: the caption Draft.js editor of the upload page (also inside the old upload iframe). */
import { createHandle } from './editor';
import { css, queryAll, tiktok } from './selectors';
import { tiktokConfirming, tiktokReplacer } from './tiktok-tags';
import type { PlatformAdapter } from './types';

export const tiktokAdapter: PlatformAdapter = {
  platform: 'tiktok',
  // The whole host: Studio and the feed are one single-page app, and a content script started on
  // another path must still notice the upload page it navigates to.
  matches: (url) => url.hostname === 'www.tiktok.com',
  findEditors: (root) => queryAll(root, tiktok.caption),
  handle: (editor) =>
    createHandle({
      platform: 'tiktok',
      editor,
      anchor: editor.closest<HTMLElement>(css(tiktok.container)) ?? editor,
      blockSelector: css(tiktok.block),
      findPostButton: () => queryAll(editor.ownerDocument, tiktok.post)[0] ?? null,
      // Studio shows the account only as an avatar whose markup we have not seen; not guessed.
      accountName: () => null,
      siteConfirming: () => tiktokConfirming(editor.ownerDocument),
      // Hashtags and mentions become tags only when picked from Studio's list (tiktok-tags.ts).
      replacer: tiktokReplacer,
    }),
};
