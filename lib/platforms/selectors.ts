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
  /** The public source that shows the live site doing this, with the date it was read or measured. */
  readonly source?: string;
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
const TT_PRETAG = 'https://www.tiktok.com/tiktokstudio/upload?open=composer&pretag=1';
const TT_LIST = 'https://www.tiktok.com/tiktokstudio/upload?open=composer&list=open';
const TT_POST_NOW = 'https://www.tiktok.com/tiktokstudio/upload?open=composer&checks=running&dialog=post';
const TT_POST_NOW_ID = 'https://www.tiktok.com/tiktokstudio/upload?open=composer&checks=running&dialog=post&lang=id';
/**
 * Public automation code for TikTok Studio these entries rest on (kept short: the content script
 * carries them). SRC_STUDIO: a public Studio publisher script (caption_container,
 * post_video_button, [role=option].hashtag-suggestion-item, IMMUTABLE '#mention' entities,
 * "Continue to post?" → "Post now"; measured 2026-10-07). SRC_TAGS: Playwright uploaders that type
 * #tag and click .mention-list-popover [role="option"] (2025–2026; one notes pasted tags stay
 * text, verified 2026-09-25). SRC_UPLOADER: wkaisertexas/tiktok-uploader config.toml @2ed5a93.
 */
const SRC_UPLOADER = 'wkaisertexas/tiktok-uploader, read 2026-12-01';
const SRC_STUDIO = 'Studio publisher script, 2026-10-07';
const SRC_TAGS = 'Studio uploaders typing #tag, 2026-09-25';
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
    { css: '[data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]', fixture: TT, source: SRC_STUDIO },
    { css: '[data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]', fixture: TT_ID, source: SRC_STUDIO },
    { css: '[data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]', fixture: TT_LEGACY_FRAME, source: SRC_STUDIO },
  ],
  container: [{ css: '[data-e2e="caption_container"]', fixture: TT, source: SRC_STUDIO }],
  /** Draft.js renders each block as one of these. */
  block: [{ css: '[data-block="true"]', fixture: TT, source: SRC_STUDIO }],
  post: [{ css: 'button[data-e2e="post_video_button"]', fixture: TT, source: SRC_STUDIO }],
  legacyUploadFrame: [{ css: 'iframe[data-tt="Upload_index_iframe"]', fixture: TT_LEGACY }],
  /**
   * A picked tag: Draft.js renders a decorated entity as one element between the block's
   * [data-offset-key] wrapper and the entity's own leaves (draft-js 0.11 DraftEditorBlock). Studio
   * decorates its '#mention' / 'mention' entities; the element's own markup is not public, so only
   * this structure is relied on (tiktok-tags.ts also requires leaves inside and `#…`/`@…` text).
   */
  tagEntity: [{ css: '[data-block="true"] > [data-offset-key] > :not([data-offset-key])', fixture: TT_PRETAG, source: SRC_STUDIO }],
  /** The rows of the list Studio opens while `#word` / `@word` is typed. */
  suggestionOption: [{ css: '.mention-list-popover [role="option"]', fixture: TT_LIST, source: `${SRC_TAGS}; ${SRC_UPLOADER}` }],
  /** "Post now" in Studio's "Continue to post?" confirmation (shown while its checks run). */
  postNow: [
    { css: '[role="dialog"] button', text: 'Post now', fixture: TT_POST_NOW, source: SRC_STUDIO },
    // The Indonesian label is not confirmed by any public source; the fixture's own wording.
    { css: '[role="dialog"] button', text: 'Posting sekarang', fixture: TT_POST_NOW_ID, source: 'unconfirmed label, 2026-12-01' },
  ],
} as const satisfies Record<string, readonly SiteSelector[]>;

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
};
