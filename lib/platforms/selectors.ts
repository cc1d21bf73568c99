/**
 * Every selector of the three sites, in one place. Each entry names the fixture page (under
 * tests/fixtures, served by the browser suite) where tests/selectors.test.ts sees it match; when a
 * site changes its markup, old and new entries sit side by side until the old one is gone.
 * Rules: structure, role, aria-* and data-* attributes and Draft.js's public class names only; never
 * generated class names (x1i10hfl…, jsx-…).
 */

export interface SiteSelector {
  readonly css: string;
  /** Visible text the element must have, for buttons that carry no label attribute. */
  readonly text?: string;
  /** The fixture page (URL as served by the suite) where this selector matches. */
  readonly fixture: string;
}

const IG = 'https://www.instagram.com/?open=composer';
const IG_ID = 'https://www.instagram.com/?open=composer&lang=id';
const IG_ELLIPSIS = 'https://www.instagram.com/?open=composer&ellipsis=1';
const FB = 'https://www.facebook.com/?open=composer';
const FB_ID = 'https://www.facebook.com/?open=composer&lang=id';
const FB_GROUP = 'https://www.facebook.com/groups/saring.demo/?open=composer';
const FB_GROUP_ID = 'https://www.facebook.com/groups/saring.demo/?open=composer&lang=id';
const TT = 'https://www.tiktok.com/tiktokstudio/upload?open=composer';
const TT_ID = 'https://www.tiktok.com/tiktokstudio/upload?open=composer&lang=id';
const TT_LEGACY = 'https://www.tiktok.com/upload';
/** What the old upload page loads in its iframe. */
const TT_LEGACY_FRAME = 'https://www.tiktok.com/creator?open=composer';

export const instagram = {
  dialog: [{ css: 'div[role="dialog"]', fixture: IG }],
  /** The caption editor of the last step of "Create new post" (Lexical). */
  caption: [
    { css: 'div[contenteditable="true"][role="textbox"][aria-label="Write a caption..."]', fixture: IG },
    { css: 'div[contenteditable="true"][role="textbox"][aria-label="Write a caption…"]', fixture: IG_ELLIPSIS },
    { css: 'div[contenteditable="true"][role="textbox"][aria-label="Tulis keterangan..."]', fixture: IG_ID },
  ],
  /** Share is a div[role=button] with only its visible text to tell it apart. */
  share: [
    { css: 'div[role="button"]', text: 'Share', fixture: IG },
    { css: 'div[role="button"]', text: 'Bagikan', fixture: IG_ID },
  ],
  /** The avatar beside the caption names the account in its alt text. */
  accountAvatar: [
    { css: 'img[alt$="\'s profile picture"]', fixture: IG },
    { css: 'img[alt^="Foto profil "]', fixture: IG_ID },
  ],
} as const satisfies Record<string, readonly SiteSelector[]>;

/** How the avatar alt texts above wrap the account name. */
export const instagramAvatarAlt: readonly RegExp[] = [/^(.+)'s profile picture$/, /^Foto profil (.+)$/];

export const facebook = {
  dialog: [{ css: 'div[role="dialog"]', fixture: FB }],
  /** Every Lexical textbox: composer, comment boxes and Messenger alike; filtered below. */
  editor: [{ css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', fixture: FB }],
  /** Placeholders of the "Create post" editor on a profile, a Page and a group. */
  composerLabel: [
    { css: '[aria-label^="What\'s on your mind"]', fixture: FB },
    { css: '[aria-placeholder^="What\'s on your mind"]', fixture: FB },
    { css: '[aria-label^="Apa yang Anda pikirkan"]', fixture: FB_ID },
    { css: '[aria-placeholder^="Apa yang Anda pikirkan"]', fixture: FB_ID },
    { css: '[aria-label^="Write something"]', fixture: FB_GROUP },
    { css: '[aria-label^="Tulis sesuatu"]', fixture: FB_GROUP_ID },
  ],
  /** Look-alikes that never get a panel even inside a dialog. */
  notComposerLabel: [
    { css: '[aria-label^="Write a comment"]', fixture: FB },
    { css: '[aria-label^="Tulis komentar"]', fixture: FB_ID },
    { css: '[aria-label="Message"]', fixture: FB },
    { css: '[aria-label="Pesan"]', fixture: FB_ID },
  ],
  /** Post (may be aria-disabled until there is something to post). */
  post: [
    { css: 'div[role="button"][aria-label="Post"]', fixture: FB },
    { css: 'div[role="button"][aria-label="Posting"]', fixture: FB_ID },
  ],
} as const satisfies Record<string, readonly SiteSelector[]>;

/** "What's on your mind, NAME?" names the account (the person or the Page) posting. */
export const facebookPlaceholderName: readonly RegExp[] = [/^What's on your mind, (.+)\?$/, /^Apa yang Anda pikirkan, (.+)\?$/];

export const tiktok = {
  /** Studio's caption, also inside the old upload iframe (the content script runs in all frames). */
  caption: [
    { css: '[data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]', fixture: TT },
    { css: '[data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]', fixture: TT_ID },
    { css: '[data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]', fixture: TT_LEGACY_FRAME },
  ],
  container: [{ css: '[data-e2e="caption_container"]', fixture: TT }],
  /** Draft.js renders each block as one of these. */
  block: [{ css: '[data-block="true"]', fixture: TT }],
  post: [{ css: 'button[data-e2e="post_video_button"]', fixture: TT }],
  legacyUploadFrame: [{ css: 'iframe[data-tt="Upload_index_iframe"]', fixture: TT_LEGACY }],
} as const satisfies Record<string, readonly SiteSelector[]>;

/**
 * Comment and reply boxes (issue 18): the compact reply button, never the panel. Each entry also
 * names the dated public source of the fact; the fixtures (tests/fixtures/replies.tsx) imitate them.
 */
export interface ReplySelector extends SiteSelector {
  readonly source: string;
}

const FB_POST = 'https://www.facebook.com/pemkabcontoh/posts/1';
const FB_POST_ID = 'https://www.facebook.com/pemkabcontoh/posts/1?lang=id';
const IG_POST = 'https://www.instagram.com/p/abc/';
const IG_POST_ID = 'https://www.instagram.com/p/abc/?lang=id';
const TT_VIDEO = 'https://www.tiktok.com/@pemkabcontoh/video/1';
const TT_VIDEO_ID = 'https://www.tiktok.com/@pemkabcontoh/video/1?lang=id';
/** Dated public sources (read 2026-12-01 through the search tool); short, since they ship in the content script. */
const SRC_FB_COMMENT = 'FB auto-commenter extensions (public code), 2026-12-01';
const SRC_FB_FORM = 'github.com/eboody/commgmt textBox.js, 2026-12-01';
const SRC_FB_LABELS = 'shared/reference/platforms.md look-alikes, 2026; id labels unconfirmed';
const SRC_IG = 'github.com/KineticNexus/instagram-ai-bot selectors.ts, 2026-12-01';
const SRC_IG_ID = 'as SRC_IG; id label unconfirmed, 2026-12-01';
const SRC_TT = 'github.com/IsaiahDupree/MediaPoster TIKTOK_COMMENT_AUTOMATION.md, 2026-12-01';
const SRC_TT_AUTHOR = 'TikTok /@handle/video/ID pages, data-e2e refs, 2026-12-01';

export const facebookReply = {
  /** Comment and reply boxes: Lexical textboxes with the comment placeholders. */
  box: [
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Write a comment"]', fixture: FB_POST, source: SRC_FB_COMMENT },
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Write a public comment"]', fixture: FB_POST, source: SRC_FB_LABELS },
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Write a reply"]', fixture: FB_POST, source: SRC_FB_LABELS },
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Comment as "]', fixture: FB_POST, source: SRC_FB_LABELS },
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Tulis komentar"]', fixture: FB_POST_ID, source: SRC_FB_LABELS },
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Tulis balasan"]', fixture: FB_POST_ID, source: SRC_FB_LABELS },
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Komentari sebagai "]', fixture: FB_POST_ID, source: SRC_FB_LABELS },
  ],
  /** The post a box belongs to; comments are articles too, so the outermost one is the post. */
  post: [{ css: '[role="article"]', fixture: FB_POST, source: SRC_FB_FORM }],
  /** The post's author link in its header. */
  author: [{ css: '[role="article"] h2 a[href]', fixture: FB_POST, source: SRC_FB_FORM }],
  /** The submit button beside the box. */
  send: [
    { css: 'div[role="button"][aria-label="Comment"]', fixture: FB_POST, source: SRC_FB_COMMENT },
    { css: 'div[role="button"][aria-label="Komentari"]', fixture: FB_POST_ID, source: SRC_FB_LABELS },
  ],
} as const satisfies Record<string, readonly ReplySelector[]>;

/** "Comment as NAME" / "Komentari sebagai NAME" names who is commenting (a Page or a person). */
export const facebookReplyAs: readonly RegExp[] = [/^(?:Comment|Reply) as (.+?)…?$/, /^(?:Komentari|Balas) sebagai (.+?)…?$/];

export const instagramReply = {
  box: [
    { css: 'textarea[aria-label="Add a comment…"]', fixture: IG_POST, source: SRC_IG },
    { css: 'textarea[aria-label="Tambahkan komentar…"]', fixture: IG_POST_ID, source: SRC_IG_ID },
  ],
  post: [{ css: 'article', fixture: IG_POST, source: SRC_IG }],
  author: [{ css: 'article header a[href^="/"]', fixture: IG_POST, source: SRC_IG }],
  send: [
    { css: 'div[role="button"]', text: 'Post', fixture: IG_POST, source: SRC_IG },
    { css: 'div[role="button"]', text: 'Kirim', fixture: IG_POST_ID, source: SRC_IG_ID },
  ],
} as const satisfies Record<string, readonly ReplySelector[]>;

export const tiktokReply = {
  box: [
    { css: '[data-e2e="comment-input"] .public-DraftEditor-content[contenteditable="true"]', fixture: TT_VIDEO, source: SRC_TT },
    { css: '[data-e2e="comment-input"] .public-DraftEditor-content[contenteditable="true"]', fixture: TT_VIDEO_ID, source: SRC_TT },
  ],
  container: [{ css: '[data-e2e="comment-input"]', fixture: TT_VIDEO, source: SRC_TT }],
  author: [{ css: '[data-e2e="browse-username"]', fixture: TT_VIDEO, source: SRC_TT_AUTHOR }],
  send: [{ css: '[data-e2e="comment-post"]', fixture: TT_VIDEO, source: SRC_TT }],
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
  ...Object.fromEntries(Object.entries(tiktok).map(([key, value]) => [`tiktok.${key}`, value])),
  ...Object.fromEntries(Object.entries(facebookReply).map(([key, value]) => [`facebook.reply.${key}`, value])),
  ...Object.fromEntries(Object.entries(instagramReply).map(([key, value]) => [`instagram.reply.${key}`, value])),
  ...Object.fromEntries(Object.entries(tiktokReply).map(([key, value]) => [`tiktok.reply.${key}`, value])),
};
