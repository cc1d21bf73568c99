/**
 * Meta Business Suite (business.facebook.com/latest/composer): one full-page composer that
 * publishes to the Facebook Page and the Instagram account at once. The caption is a Lexical
 * textbox; "Post to" holds one checkbox per placement. Structure: an editor counts when an
 * ancestor also holds the placements (the inbox's reply boxes have none). The handle's platform is
 * the strictest selected placement (Instagram before Facebook), and placements() lists them all so
 * the panel checks every selected platform's limits at once. Publish and Schedule both publish.
 */
import type { Platform } from '../checks/types';
import { createHandle } from './editor';
import { business, css, lexicalBlocks, queryAll } from './selectors';
import type { ComposerHandle, PlatformAdapter } from './types';

const placementCss = css(business.placement);
/** Strictest first: Instagram allows 2,200 characters and 5 hashtags, Facebook 63,206 and no cap. */
const STRICTNESS: readonly Platform[] = ['instagram', 'facebook'];

function composerRoot(editor: HTMLElement): HTMLElement | null {
  for (let node = editor.parentElement; node; node = node.parentElement) if (node.querySelector(placementCss)) return node;
  return null;
}

function placementsIn(root: HTMLElement): Platform[] {
  const icons = queryAll(root, business.instagramPlacement);
  const selected = queryAll(root, business.placement)
    .filter((box) => box.getAttribute('aria-checked') === 'true')
    .map((box): Platform => (icons.some((icon) => box.contains(icon)) ? 'instagram' : 'facebook'));
  return STRICTNESS.filter((platform) => selected.includes(platform));
}

export const businessAdapter: PlatformAdapter = {
  platform: 'facebook',
  matches: (url) => url.hostname === 'business.facebook.com',
  findEditors: (root) => queryAll(root, business.editor).filter((editor) => composerRoot(editor) !== null),
  mightBeComposer: (_editable, url) => url.pathname.startsWith('/latest/composer'),
  handle: (editor) => {
    const root = composerRoot(editor) ?? editor;
    const doc = editor.ownerDocument;
    const buttons = (): HTMLElement[] => [...queryAll(doc, business.publish), ...queryAll(doc, business.schedule)];
    const handle: ComposerHandle = createHandle({
      platform: 'facebook',
      editor,
      anchor: root,
      blockSelector: lexicalBlocks,
      findPostButton: () => buttons()[0] ?? null,
      // The account shows as the placement's name; which one is the admin's profile is their pick.
      accountName: () => null,
      sameComposer: (next) => root.isConnected && root.contains(next),
      findReplacement: () => (root.isConnected ? (queryAll(root, business.editor)[0] ?? null) : null),
    });
    const placements = (): Platform[] => (root.isConnected ? placementsIn(root) : []);
    Object.defineProperty(handle, 'platform', { get: () => placements()[0] ?? 'facebook' });
    handle.placements = placements;
    handle.findPostButtons = buttons;
    // Publish / Schedule need text; the composer emptied after a click let through is the post gone.
    handle.siteConfirmed = () => root.isConnected && handle.readText().trim() === '';
    handle.onPlacements = (callback, signal) => {
      const observer = new MutationObserver(() => callback());
      observer.observe(root, { attributes: true, subtree: true, attributeFilter: ['aria-checked'] });
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    };
    return handle;
  },
};
