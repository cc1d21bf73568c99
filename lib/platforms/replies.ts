/**
 * Comment and reply boxes under posts (issue 18), apart from the post adapters: they decide which
 * editors get the full panel and must keep excluding these. A reply box gets the compact reply
 * button; whether it is the institution's post is decided above this layer (it needs the profiles),
 * from the names this layer reads off the page.
 */
import type { Platform } from '../checks/types';
import { createHandle } from './editor';
import {
  css,
  directMessagePaths,
  facebookReply,
  facebookReplyAs,
  instagramReply,
  lexicalBlocks,
  queryAll,
  tiktok,
  tiktokReply,
} from './selectors';
import { createTextareaHandle } from './textarea';
import type { ComposerHandle, PlatformAdapter } from './types';

export interface ReplyBoxHandle extends ComposerHandle {
  /** Names and handles (without @) of whoever owns the post this box answers, as the page shows them. */
  postOwners(): string[];
}

export interface ReplyAdapter {
  platform: Platform;
  matches(url: URL): boolean;
  /** Reply boxes in the document; none on direct-message pages. */
  findBoxes(root: Document): HTMLElement[];
  handle(box: HTMLElement): ReplyBoxHandle;
}

/** The first path segment (a handle on all three sites: /pemkabcontoh/posts/1, /@pemkabcontoh/video/1). */
function handleFromPath(pathname: string): string | null {
  const first = /^\/@?([A-Za-z0-9._]{2,50})(?:\/|$)/.exec(pathname)?.[1];
  return first ?? null;
}

function hrefHandle(link: Element): string | null {
  try {
    return handleFromPath(new URL(link.getAttribute('href') ?? '', location.href).pathname);
  } catch {
    return null;
  }
}

function ownersFrom(links: readonly Element[], extra: ReadonlyArray<string | null>): string[] {
  const names = new Set<string>();
  for (const link of links) {
    const text = link.textContent?.trim();
    if (text) names.add(text.replace(/^@/, ''));
    const handle = hrefHandle(link);
    if (handle) names.add(handle);
  }
  for (const value of extra) if (value) names.add(value.replace(/^@/, ''));
  return [...names];
}

const notInDirectMessages = (platform: Platform, root: Document): boolean => !directMessagePaths[platform].test(root.location?.pathname ?? '/');

export const facebookReplyAdapter: ReplyAdapter = {
  platform: 'facebook',
  matches: (url) => url.hostname === 'www.facebook.com' || url.hostname === 'web.facebook.com',
  findBoxes: (root) => (notInDirectMessages('facebook', root) ? queryAll(root, facebookReply.box) : []),
  handle: (box) => {
    let post: HTMLElement | null = null;
    for (let at = box.closest<HTMLElement>(css(facebookReply.post)); at; at = at.parentElement?.closest<HTMLElement>(css(facebookReply.post)) ?? null) post = at;
    const form = box.closest<HTMLElement>('form') ?? box.parentElement ?? box;
    const handle = createHandle({
      platform: 'facebook',
      editor: box,
      anchor: form,
      blockSelector: lexicalBlocks,
      findPostButton: () => queryAll(form, facebookReply.send)[0] ?? null,
      accountName: () => {
        const label = box.getAttribute('aria-label') ?? '';
        for (const pattern of facebookReplyAs) {
          const name = pattern.exec(label)?.[1]?.trim();
          if (name) return name;
        }
        return null;
      },
    });
    return {
      ...handle,
      // Outside any post's article, on a permalink, the page's path names the owner (/pemkabcontoh/posts/1).
      postOwners: () =>
        post ? ownersFrom(queryAll(post, facebookReply.author).slice(0, 2), []) : ownersFrom([], [/\/posts\//.test(location.pathname) ? handleFromPath(location.pathname) : null]),
    };
  },
};

export const instagramReplyAdapter: ReplyAdapter = {
  platform: 'instagram',
  matches: (url) => url.hostname === 'www.instagram.com' || url.hostname === 'instagram.com',
  findBoxes: (root) => (notInDirectMessages('instagram', root) ? queryAll(root, instagramReply.box) : []),
  handle: (box) => {
    const textarea = box as HTMLTextAreaElement;
    const post = box.closest<HTMLElement>(css(instagramReply.post));
    const form = box.closest<HTMLElement>('form') ?? box.parentElement ?? box;
    const handle = createTextareaHandle({
      platform: 'instagram',
      textarea,
      anchor: form,
      findPostButton: () => queryAll(form, instagramReply.send)[0] ?? null,
      accountName: () => null,
    });
    return { ...handle, postOwners: () => ownersFrom(post ? queryAll(post, instagramReply.author).slice(0, 1) : [], []) };
  },
};

export const tiktokReplyAdapter: ReplyAdapter = {
  platform: 'tiktok',
  matches: (url) => url.hostname === 'www.tiktok.com',
  findBoxes: (root) => (notInDirectMessages('tiktok', root) ? queryAll(root, tiktokReply.box) : []),
  handle: (box) => {
    const container = box.closest<HTMLElement>(css(tiktokReply.container)) ?? box;
    const footer = container.parentElement ?? container;
    const handle = createHandle({
      platform: 'tiktok',
      editor: box,
      anchor: container,
      blockSelector: css(tiktok.block),
      findPostButton: () => queryAll(footer, tiktokReply.send)[0] ?? null,
      accountName: () => null,
    });
    return {
      ...handle,
      postOwners: () => {
        const fromPath = /\/video\//.test(location.pathname) ? handleFromPath(location.pathname) : null;
        return ownersFrom(queryAll(box.ownerDocument, tiktokReply.author).slice(0, 1), [fromPath]);
      },
    };
  },
};

const adapters: readonly ReplyAdapter[] = [instagramReplyAdapter, facebookReplyAdapter, tiktokReplyAdapter];

export function replyAdapterFor(url: URL): ReplyAdapter | null {
  return adapters.find((adapter) => adapter.matches(url)) ?? null;
}

/**
 * The reply boxes as a PlatformAdapter, so watchComposers (./index.ts) follows them as it follows
 * composers: scans scheduled by mutations, typing inside a known box schedules nothing.
 */
export function asWatchable(adapter: ReplyAdapter): PlatformAdapter {
  return { platform: adapter.platform, matches: adapter.matches, findEditors: (root) => adapter.findBoxes(root as Document), handle: adapter.handle };
}
