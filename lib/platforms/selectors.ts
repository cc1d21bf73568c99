/**
 * Every selector of the sites, in one place. Each entry names the fixture page (under
 * tests/fixtures, served by the browser suite) where tests/selectors.test.ts sees it match, AND
 * where the fact comes from (`source`, a key of selector-sources.ts) with the date it was last
 * seen there. When a site changes its markup, old and new entries sit side by side (`era`) until
 * the old one is gone. Structure first (a Lexical editor inside the dialog that also holds
 * Share/Next/Post), labels second.
 * Rules: structure, role, aria-* and data-* attributes and Draft.js's public class names only; never
 * generated class names (x1i10hfl…, jsx-…).
 */
import type { SourceKey } from './selector-sources';

export interface SiteSelector {
  readonly css: string;
  /** Visible text the element must have, for buttons that carry no label attribute. */
  readonly text?: string;
  /** The fixture page (URL as served by the suite) where this selector matches. */
  readonly fixture: string;
  /** Where the fact comes from (selector-sources.ts). */
  readonly source: SourceKey;
  /** When the source was last seen showing it (YYYY-MM-DD). */
  readonly seen: string;
  /** 'old': kept for builds that still show it; 'new': what 2026 builds show. Unset: both. */
  readonly era?: 'old' | 'new';
}

const IG = 'https://www.instagram.com/?open=composer';
const IG_NO_ROLE = 'https://www.instagram.com/?open=composer&role=0';
const IG_ID = 'https://www.instagram.com/?open=composer&lang=id';
const IG_ID_ELLIPSIS = 'https://www.instagram.com/?open=composer&lang=id&ellipsis=1&role=0';
const IG_ELLIPSIS = 'https://www.instagram.com/?open=composer&ellipsis=1';
const FB = 'https://www.facebook.com/?open=composer';
const FB_ID = 'https://www.facebook.com/?open=composer&lang=id';
const FB_PAGE = 'https://www.facebook.com/pemkab.saring/?open=composer';
const FB_PAGE_ID = 'https://www.facebook.com/pemkab.saring/?open=composer&lang=id';
const FB_PAGE_SETTINGS = 'https://www.facebook.com/pemkab.saring/?open=settings';
const FB_PAGE_SETTINGS_ID = 'https://www.facebook.com/pemkab.saring/?open=settings&lang=id';
const FB_GROUP = 'https://www.facebook.com/groups/saring.demo/?open=composer';
const FB_GROUP_ID = 'https://www.facebook.com/groups/saring.demo/?open=composer&lang=id';
const FB_GROUP_OLD = 'https://www.facebook.com/groups/saring.demo/?open=composer&build=old';
const FB_GROUP_OLD_ID = 'https://www.facebook.com/groups/saring.demo/?open=composer&build=old&lang=id';
const BS = 'https://business.facebook.com/latest/composer/';
const BS_ID = 'https://business.facebook.com/latest/composer/?lang=id';
const TT = 'https://www.tiktok.com/tiktokstudio/upload?open=composer';
const TT_ID = 'https://www.tiktok.com/tiktokstudio/upload?open=composer&lang=id';
const TT_LEGACY = 'https://www.tiktok.com/upload';
const TT_PRETAG = 'https://www.tiktok.com/tiktokstudio/upload?open=composer&pretag=1';
const TT_LIST = 'https://www.tiktok.com/tiktokstudio/upload?open=composer&list=open';
const TT_POST_NOW = 'https://www.tiktok.com/tiktokstudio/upload?open=composer&checks=running&dialog=post';
const TT_POST_NOW_ID = 'https://www.tiktok.com/tiktokstudio/upload?open=composer&checks=running&dialog=post&lang=id';
/** What the old upload page loads in its iframe. */
const TT_LEGACY_FRAME = 'https://www.tiktok.com/creator?open=composer';

/** The day the sources below were read for this version of the file. */
const SEEN = '2026-12-01';

export const instagram = {
  dialog: [
    { css: 'div[role="dialog"]', fixture: IG, source: 'ref2026', seen: SEEN, era: 'old' },
    { css: 'div[role="dialog"][aria-modal="true"]', fixture: IG, source: 'ref2026', seen: SEEN, era: 'new' },
  ],
  /**
   * The caption editor of the last step of "Create new post". Structure first: a Lexical editor in
   * the dialog (the adapter also requires the dialog's Share button); labels second, with and
   * without role="textbox", both ellipsis forms.
   */
  caption: [
    { css: 'div[role="dialog"] div[contenteditable="true"][data-lexical-editor="true"]', fixture: IG_NO_ROLE, source: 'ref2026', seen: SEEN, era: 'new' },
    { css: 'div[contenteditable="true"][role="textbox"][aria-label="Write a caption..."]', fixture: IG, source: 'ref2026', seen: SEEN, era: 'old' },
    { css: 'div[contenteditable="true"][role="textbox"][aria-label="Write a caption…"]', fixture: IG_ELLIPSIS, source: 'ref2026', seen: SEEN, era: 'old' },
    { css: 'div[contenteditable="true"][role="textbox"][aria-label="Tulis keterangan..."]', fixture: IG_ID, source: 'unconfirmedId', seen: SEEN, era: 'old' },
    { css: 'div[contenteditable="true"][aria-label="Write a caption..."]', fixture: IG_NO_ROLE, source: 'kineticIg', seen: SEEN, era: 'new' },
    { css: 'div[contenteditable="true"][aria-label="Write a caption…"]', fixture: IG_ELLIPSIS, source: 'ref2026', seen: SEEN, era: 'new' },
    { css: 'div[contenteditable="true"][aria-label="Tulis keterangan..."]', fixture: IG_ID, source: 'unconfirmedId', seen: SEEN, era: 'new' },
    { css: 'div[contenteditable="true"][aria-label="Tulis keterangan…"]', fixture: IG_ID_ELLIPSIS, source: 'unconfirmedId', seen: SEEN, era: 'new' },
  ],
  /** Share is a div[role=button] with only its visible text to tell it apart. */
  share: [
    { css: 'div[role="button"]', text: 'Share', fixture: IG, source: 'ref2026', seen: SEEN },
    { css: 'div[role="button"]', text: 'Bagikan', fixture: IG_ID, source: 'unconfirmedId', seen: SEEN },
  ],
  /** The avatar beside the caption names the account in its alt text. */
  accountAvatar: [
    { css: 'img[alt$="\'s profile picture"]', fixture: IG, source: 'ref2026', seen: SEEN },
    { css: 'img[alt^="Foto profil "]', fixture: IG_ID, source: 'unconfirmedId', seen: SEEN },
  ],
} as const satisfies Record<string, readonly SiteSelector[]>;

/** How the avatar alt texts above wrap the account name. */
export const instagramAvatarAlt: readonly RegExp[] = [/^(.+)'s profile picture$/, /^Foto profil (.+)$/];

export const facebook = {
  dialog: [
    { css: 'div[role="dialog"]', fixture: FB, source: 'ref2026', seen: SEEN, era: 'old' },
    { css: 'div[role="dialog"][aria-modal="true"]', fixture: FB, source: 'ref2026', seen: SEEN, era: 'new' },
  ],
  /** A later step of the same post (Pages: "Post settings", opened by Next). Structure: aria-modal. */
  laterStep: [
    { css: 'div[role="dialog"][aria-modal="true"]', fixture: FB_PAGE_SETTINGS, source: 'ref2026', seen: SEEN, era: 'new' },
  ],
  /** Every Lexical textbox: composer, comment boxes and Messenger alike; filtered below. */
  editor: [{ css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', fixture: FB, source: 'snorkel', seen: SEEN }],
  /** Placeholders of the "Create post" editor on a profile, a Page and a group (second key). */
  composerLabel: [
    { css: '[aria-label^="What\'s on your mind"]', fixture: FB, source: 'snorkel', seen: SEEN },
    { css: '[aria-placeholder^="What\'s on your mind"]', fixture: FB, source: 'ref2026', seen: SEEN },
    { css: '[aria-label="What\'s on your mind?"]', fixture: FB_PAGE, source: 'ref2026', seen: SEEN, era: 'new' },
    { css: '[aria-label^="Apa yang Anda pikirkan"]', fixture: FB_ID, source: 'unconfirmedId', seen: SEEN },
    { css: '[aria-placeholder^="Apa yang Anda pikirkan"]', fixture: FB_ID, source: 'unconfirmedId', seen: SEEN },
    { css: '[aria-label^="Write something"]', fixture: FB_GROUP_OLD, source: 'kimtrong', seen: SEEN, era: 'old' },
    { css: '[aria-label^="Tulis sesuatu"]', fixture: FB_GROUP_OLD_ID, source: 'rulisku', seen: SEEN, era: 'old' },
    { css: '[aria-label^="Create a public post"]', fixture: FB_GROUP, source: 'kimtrong', seen: SEEN, era: 'new' },
    { css: '[aria-label^="Buat postingan publik"]', fixture: FB_GROUP_ID, source: 'unconfirmedId', seen: SEEN, era: 'new' },
  ],
  /** Look-alikes that never get a panel even inside a dialog. */
  notComposerLabel: [
    { css: '[aria-label^="Write a comment"]', fixture: FB, source: 'ref2026', seen: SEEN },
    { css: '[aria-label^="Write a public comment"]', fixture: FB, source: 'ref2026', seen: SEEN, era: 'new' },
    { css: '[aria-label^="Write a reply"]', fixture: FB, source: 'ref2026', seen: SEEN, era: 'new' },
    { css: '[aria-label^="Tulis komentar"]', fixture: FB_ID, source: 'unconfirmedId', seen: SEEN },
    { css: '[aria-label^="Tulis balasan"]', fixture: FB_ID, source: 'unconfirmedId', seen: SEEN, era: 'new' },
    { css: '[aria-label="Message"]', fixture: FB, source: 'ref2026', seen: SEEN },
    { css: '[aria-label="Pesan"]', fixture: FB_ID, source: 'unconfirmedId', seen: SEEN },
  ],
  /** Post (may be aria-disabled until there is something to post). */
  post: [
    { css: 'div[role="button"][aria-label="Post"]', fixture: FB, source: 'snorkel', seen: SEEN },
    { css: 'div[role="button"][aria-label="Post"]', fixture: FB_PAGE_SETTINGS, source: 'ref2026', seen: SEEN, era: 'new' },
    { css: 'div[role="button"][aria-label="Posting"]', fixture: FB_ID, source: 'unconfirmedId', seen: SEEN },
    { css: 'div[role="button"][aria-label="Posting"]', fixture: FB_PAGE_SETTINGS_ID, source: 'unconfirmedId', seen: SEEN, era: 'new' },
  ],
  /** Next: a Page composer's first step ends with it (aria-disabled until there is content). */
  next: [
    { css: 'div[role="button"][aria-label="Next"]', fixture: FB_PAGE, source: 'ref2026', seen: SEEN, era: 'new' },
    { css: 'div[role="button"][aria-label="Berikutnya"]', fixture: FB_PAGE_ID, source: 'unconfirmedId', seen: SEEN, era: 'new' },
  ],
} as const satisfies Record<string, readonly SiteSelector[]>;

/** "What's on your mind, NAME?" names the account (the person or the Page) posting. */
export const facebookPlaceholderName: readonly RegExp[] = [/^What's on your mind, (.+)\?$/, /^Apa yang Anda pikirkan, (.+)\?$/];

/** Meta Business Suite's full-page composer (business.facebook.com/latest/composer). */
export const business = {
  editor: [{ css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', fixture: BS, source: 'bsComposer', seen: SEEN }],
  /** The placements the post goes to ("Post to"): one checkbox per Page / Instagram account. */
  placement: [{ css: '[role="checkbox"][aria-checked]', fixture: BS, source: 'ref2026', seen: SEEN }],
  /** What tells an Instagram placement from a Facebook one: the platform's icon label. */
  instagramPlacement: [{ css: '[role="checkbox"] [aria-label="Instagram"]', fixture: BS, source: 'ref2026', seen: SEEN }],
  publish: [
    { css: 'div[role="button"]', text: 'Publish', fixture: BS, source: 'bsComposer', seen: SEEN },
    { css: 'div[role="button"]', text: 'Publikasikan', fixture: BS_ID, source: 'unconfirmedId', seen: SEEN },
  ],
  schedule: [
    { css: 'div[role="button"]', text: 'Schedule', fixture: BS, source: 'ref2026', seen: SEEN },
    { css: 'div[role="button"]', text: 'Jadwalkan', fixture: BS_ID, source: 'unconfirmedId', seen: SEEN },
  ],
} as const satisfies Record<string, readonly SiteSelector[]>;

export const tiktok = {
  /** Studio's caption, also inside the old upload iframe (the content script runs in all frames). */
  caption: [
    { css: '[data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]', fixture: TT, source: 'ttStudio', seen: '2026-10-07' },
    { css: '[data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]', fixture: TT_ID, source: 'ttStudio', seen: '2026-10-07' },
    { css: '[data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]', fixture: TT_LEGACY_FRAME, source: 'ttStudio', seen: '2026-10-07' },
  ],
  container: [{ css: '[data-e2e="caption_container"]', fixture: TT, source: 'ttStudio', seen: '2026-10-07' }],
  /** Draft.js renders each block as one of these. */
  block: [{ css: '[data-block="true"]', fixture: TT, source: 'ttStudio', seen: '2026-10-07' }],
  post: [{ css: 'button[data-e2e="post_video_button"]', fixture: TT, source: 'ttStudio', seen: '2026-10-07' }],
  legacyUploadFrame: [{ css: 'iframe[data-tt="Upload_index_iframe"]', fixture: TT_LEGACY, source: 'ref2026', seen: SEEN, era: 'old' }],
  /**
   * A picked tag: Draft.js renders a decorated entity as one element between the block's
   * [data-offset-key] wrapper and the entity's own leaves (draft-js 0.11 DraftEditorBlock). Studio
   * decorates its '#mention' / 'mention' entities; the element's own markup is not public, so only
   * this structure is relied on (tiktok-tags.ts also requires leaves inside and `#…`/`@…` text).
   */
  tagEntity: [{ css: '[data-block="true"] > [data-offset-key] > :not([data-offset-key])', fixture: TT_PRETAG, source: 'ttStudio', seen: '2026-10-07' }],
  /** The rows of the list Studio opens while `#word` / `@word` is typed. */
  suggestionOption: [{ css: '.mention-list-popover [role="option"]', fixture: TT_LIST, source: 'ttTags', seen: '2026-09-25' }],
  /** "Post now" in Studio's "Continue to post?" confirmation (shown while its checks run). */
  postNow: [
    { css: '[role="dialog"] button', text: 'Post now', fixture: TT_POST_NOW, source: 'ttStudio', seen: '2026-10-07' },
    // The Indonesian label is not confirmed by any public source; the fixture's own wording.
    { css: '[role="dialog"] button', text: 'Posting sekarang', fixture: TT_POST_NOW_ID, source: 'unconfirmedId', seen: SEEN },
  ],
} as const satisfies Record<string, readonly SiteSelector[]>;

/**
 * Comment and reply boxes (issue 18): the compact reply button, never the panel. Each entry also
 * names the dated public source of the fact; the fixtures (tests/fixtures/replies.tsx) imitate them.
 */
export type ReplySelector = SiteSelector;

const FB_POST = 'https://www.facebook.com/pemkabcontoh/posts/1';
const FB_POST_ID = 'https://www.facebook.com/pemkabcontoh/posts/1?lang=id';
const IG_POST = 'https://www.instagram.com/p/abc/';
const IG_POST_ID = 'https://www.instagram.com/p/abc/?lang=id';
const TT_VIDEO = 'https://www.tiktok.com/@pemkabcontoh/video/1';
const TT_VIDEO_ID = 'https://www.tiktok.com/@pemkabcontoh/video/1?lang=id';
/** Sources in selector-sources.ts (kept out of the content script), all read 2026-12-01. */
const SRC_FB_COMMENT = 'fbCommenters';
const SRC_FB_FORM = 'commgmt';
const SRC_FB_LABELS = 'ref2026';
const SRC_IG = 'kineticIg';
const SRC_IG_ID = 'unconfirmedId';
const SRC_TT = 'mediaPoster';
const SRC_TT_AUTHOR = 'ttVideoPages';

export const facebookReply = {
  /** Comment and reply boxes: Lexical textboxes with the comment placeholders. */
  box: [
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Write a comment"]', fixture: FB_POST, source: SRC_FB_COMMENT, seen: SEEN },
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Write a public comment"]', fixture: FB_POST, source: SRC_FB_LABELS, seen: SEEN },
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Write a reply"]', fixture: FB_POST, source: SRC_FB_LABELS, seen: SEEN },
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Comment as "]', fixture: FB_POST, source: SRC_FB_LABELS, seen: SEEN },
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Tulis komentar"]', fixture: FB_POST_ID, source: SRC_FB_LABELS, seen: SEEN },
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Tulis balasan"]', fixture: FB_POST_ID, source: SRC_FB_LABELS, seen: SEEN },
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Komentari sebagai "]', fixture: FB_POST_ID, source: SRC_FB_LABELS, seen: SEEN },
  ],
  /** The post a box belongs to; comments are articles too, so the outermost one is the post. */
  post: [{ css: '[role="article"]', fixture: FB_POST, source: SRC_FB_FORM, seen: SEEN }],
  /** The post's author link in its header. */
  author: [{ css: '[role="article"] h2 a[href]', fixture: FB_POST, source: SRC_FB_FORM, seen: SEEN }],
  /** The submit button beside the box. */
  send: [
    { css: 'div[role="button"][aria-label="Comment"]', fixture: FB_POST, source: SRC_FB_COMMENT, seen: SEEN },
    { css: 'div[role="button"][aria-label="Komentari"]', fixture: FB_POST_ID, source: SRC_FB_LABELS, seen: SEEN },
  ],
} as const satisfies Record<string, readonly ReplySelector[]>;

/** "Comment as NAME" / "Komentari sebagai NAME" names who is commenting (a Page or a person). */
export const facebookReplyAs: readonly RegExp[] = [/^(?:Comment|Reply) as (.+?)…?$/, /^(?:Komentari|Balas) sebagai (.+?)…?$/];

export const instagramReply = {
  box: [
    { css: 'textarea[aria-label="Add a comment…"]', fixture: IG_POST, source: SRC_IG, seen: SEEN },
    { css: 'textarea[aria-label="Tambahkan komentar…"]', fixture: IG_POST_ID, source: SRC_IG_ID, seen: SEEN },
  ],
  post: [{ css: 'article', fixture: IG_POST, source: SRC_IG, seen: SEEN }],
  author: [{ css: 'article header a[href^="/"]', fixture: IG_POST, source: SRC_IG, seen: SEEN }],
  send: [
    { css: 'div[role="button"]', text: 'Post', fixture: IG_POST, source: SRC_IG, seen: SEEN },
    { css: 'div[role="button"]', text: 'Kirim', fixture: IG_POST_ID, source: SRC_IG_ID, seen: SEEN },
  ],
} as const satisfies Record<string, readonly ReplySelector[]>;

export const tiktokReply = {
  box: [
    { css: '[data-e2e="comment-input"] .public-DraftEditor-content[contenteditable="true"]', fixture: TT_VIDEO, source: SRC_TT, seen: SEEN },
    { css: '[data-e2e="comment-input"] .public-DraftEditor-content[contenteditable="true"]', fixture: TT_VIDEO_ID, source: SRC_TT, seen: SEEN },
  ],
  container: [{ css: '[data-e2e="comment-input"]', fixture: TT_VIDEO, source: SRC_TT, seen: SEEN }],
  author: [{ css: '[data-e2e="browse-username"]', fixture: TT_VIDEO, source: SRC_TT_AUTHOR, seen: SEEN }],
  send: [{ css: '[data-e2e="comment-post"]', fixture: TT_VIDEO, source: SRC_TT, seen: SEEN }],
} as const satisfies Record<string, readonly ReplySelector[]>;

/** Paths of direct messages, where a reply button must never appear. */
export const directMessagePaths: Record<'instagram' | 'facebook' | 'tiktok', RegExp> = {
  instagram: /^\/direct\//,
  facebook: /^\/messages\//,
  tiktok: /^\/messages/,
};

/** Lexical's block elements: paragraphs, headings, quotes, list items, code. */
export const lexicalBlocks = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre';

/** All entries of a group as one CSS selector list. */
export function css(entries: readonly SiteSelector[]): string {
  return [...new Set(entries.map((entry) => entry.css))].join(', ');
}

/** Elements under `root` matching one of `entries`, including the `text` condition. */
export function queryAll(root: ParentNode, entries: readonly SiteSelector[]): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const entry of entries) {
    for (const element of root.querySelectorAll<HTMLElement>(entry.css)) {
      if (entry.text !== undefined && element.textContent?.trim() !== entry.text) continue;
      if (!found.includes(element)) found.push(element);
    }
  }
  return found;
}

export function matchesAny(element: Element, entries: readonly SiteSelector[]): boolean {
  return entries.some((entry) => element.matches(entry.css) && (entry.text === undefined || element.textContent?.trim() === entry.text));
}

/** Every group, for the meta-test. */
export const allSelectors: Record<string, readonly SiteSelector[]> = {
  ...Object.fromEntries(Object.entries(instagram).map(([key, value]) => [`instagram.${key}`, value])),
  ...Object.fromEntries(Object.entries(facebook).map(([key, value]) => [`facebook.${key}`, value])),
  ...Object.fromEntries(Object.entries(business).map(([key, value]) => [`business.${key}`, value])),
  ...Object.fromEntries(Object.entries(tiktok).map(([key, value]) => [`tiktok.${key}`, value])),
  ...Object.fromEntries(Object.entries(facebookReply).map(([key, value]) => [`facebook.reply.${key}`, value])),
  ...Object.fromEntries(Object.entries(instagramReply).map(([key, value]) => [`instagram.reply.${key}`, value])),
  ...Object.fromEntries(Object.entries(tiktokReply).map(([key, value]) => [`tiktok.reply.${key}`, value])),
};
