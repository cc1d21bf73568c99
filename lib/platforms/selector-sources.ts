/**
 * Where each fact behind a site selector comes from, and when it was last seen there. Entries in
 * selectors.ts name one of these keys and their own `seen` date; tests/selectors.test.ts fails when
 * a selector names no fixture, an unknown source or no valid date. Kept out of selectors.ts so the
 * content script does not carry the citations (it imports selectors only).
 */
export interface SelectorSource {
  /** A public repository and path, or the shared reference that collected several of them. */
  where: string;
  /** What it shows, in a few words. */
  shows: string;
}

export const SOURCES = {
  ref2026: {
    where: '../shared/reference/platforms.md, section "2026 facts" (public automation code for the live sites, collected late 2026)',
    shows: 'Facebook dialog/aria-modal, Page Next → Post settings, editor replaced, look-alikes; Business Suite composer; Instagram caption without role, multi-step flow; TikTok Studio markup',
  },
  snorkel: {
    where: 'github.com/vader-pepe/snorkel engine/src/constants/facebook/index.ts',
    shows: "div[role='textbox'][data-lexical-editor='true'][contenteditable='true'], div[aria-label='Post'][role='button'], \"What's on your mind, NAME?\"",
  },
  kimtrong: {
    where: 'github.com/kimtrongdev/scripts ex/fb_scripts/post_fb.js',
    shows: 'group trigger "Write something...", group editor "Create a public post…", span "Post"',
  },
  rulisku: {
    where: 'github.com/Rulisku/Tes-post-group-Facebook- docs/index.js',
    shows: "group composer div[role='textbox'] found by \"write something\" / \"tulis sesuatu\" (Indonesian UI)",
  },
  kineticIg: {
    where: 'github.com/KineticNexus/instagram-ai-bot src/automation/selectors.ts',
    shows: 'caption div[aria-label="Write a caption..."] without role, svg[aria-label="New post"], comments are textarea "Add a comment…"',
  },
  fbSharer: {
    where: 'public Playwright script driving facebook.com/sharer (code search, 2026)',
    shows: 'aria-label="Close composer dialog" on the composer close button',
  },
  bsComposer: {
    where: 'public Playwright/Selenium scripts opening business.facebook.com/latest/composer (code search, 2026)',
    shows: 'full-page composer, Lexical div[role=textbox], Publish found by role and name',
  },
  ttStudio: {
    where: 'a public TikTok Studio publisher script (code search, measured 2026-10-07)',
    shows: "[data-e2e=caption_container] Draft.js editor, button[data-e2e=post_video_button] with data-disabled / TUXButton--disabled, [role=option].hashtag-suggestion-item, IMMUTABLE '#mention' entities, \"Continue to post?\" → \"Post now\"",
  },
  ttTags: {
    where: 'Playwright uploaders for TikTok Studio that type #tag and click .mention-list-popover [role="option"] (2025–2026), and github.com/wkaisertexas/tiktok-uploader config.toml @2ed5a93',
    shows: 'tags are real only when picked from the suggestion list; pasted #tag text stays text (verified 2026-09-25)',
  },
  fbCommenters: {
    where: 'public Facebook auto-commenter extensions (code search, read 2026-12-01)',
    shows: 'comment boxes: Lexical div[role=textbox][data-lexical-editor] with aria-label "Write a comment…"; the Comment button',
  },
  commgmt: {
    where: 'github.com/eboody/commgmt textBox.js',
    shows: 'a post is [role=article]; its author link h2 a[href]; the comment form inside it',
  },
  mediaPoster: {
    where: 'github.com/IsaiahDupree/MediaPoster TIKTOK_COMMENT_AUTOMATION.md',
    shows: 'TikTok video page comment box (Draft.js) and its Post button, data-e2e attributes',
  },
  ttVideoPages: {
    where: 'TikTok /@handle/video/ID pages as public scripts read them (data-e2e refs)',
    shows: 'the video author handle on a video page',
  },
  unconfirmedId: {
    where: '../shared/reference/platforms.md "2026 facts": Indonesian labels are unconfirmed everywhere; these follow Meta\'s Indonesian wording and are only a second key after structure',
    shows: 'Indonesian labels (unconfirmed)',
  },
} as const satisfies Record<string, SelectorSource>;

export type SourceKey = keyof typeof SOURCES;
