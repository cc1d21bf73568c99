/**
 * How a user reaches and leaves each composer on the fixture pages, shared by the adapter and
 * panel tests. Everything goes through real clicks on the pages' own controls.
 */
import type { ElementHandle, Frame } from 'puppeteer';

export type SiteName = 'instagram' | 'facebook' | 'tiktok';
export type UiLang = 'en' | 'id';

export interface Site {
  name: SiteName;
  /** Page where the composer is closed. */
  startUrl(lang: UiLang): string;
  open(frame: Frame, lang: UiLang): Promise<void>;
  close(frame: Frame, lang: UiLang): Promise<void>;
  /**
   * The page's own control that closes the composer: CSS and, when needed, its exact text; `confirm`
   * is the control of the dialog that asks first (Instagram's "Discard post?"), when there is one.
   */
  closeControl(lang: UiLang): { css: string; text: string | null; confirm?: { css: string; text: string | null } };
  /** aria-label of the composer editor (null where the site sets none). */
  editorLabel(lang: UiLang): string | null;
  /** What the composer holds when it opens. */
  prefilled: string;
  postLabel(lang: UiLang): string;
  /** Clicks the site's Share / Post button. */
  post(frame: Frame, lang: UiLang): Promise<void>;
  account: string | null;
}

const q = (lang: UiLang): string => (lang === 'id' ? '?lang=id' : '');
const pick = (lang: UiLang, en: string, id: string): string => (lang === 'id' ? id : en);

/** The element matching `css` whose trimmed text is exactly `text`. */
export async function byText(frame: Frame, css: string, text: string): Promise<ElementHandle<Element>> {
  const handle = await frame.waitForFunction(
    (selector: string, wanted: string) => [...document.querySelectorAll(selector)].find((element) => element.textContent?.trim() === wanted),
    { timeout: 10_000 },
    css,
    text,
  );
  return handle as ElementHandle<Element>;
}

export async function clickText(frame: Frame, css: string, text: string): Promise<void> {
  await (await byText(frame, css, text)).click();
}

async function clickCss(frame: Frame, css: string): Promise<void> {
  const handle = await frame.waitForSelector(css, { timeout: 10_000 });
  if (!handle) throw new Error(`nothing matches ${css}`);
  await handle.click();
}

/** Create → Post → Select from computer → (Reels notice: OK) → crop: Next → filters: Next. */
export async function instagramToCaption(frame: Frame, lang: UiLang, options: { reelsNotice?: boolean } = {}): Promise<void> {
  await clickCss(frame, '#create');
  await clickText(frame, '.create-menu a[role="link"]', pick(lang, 'Post', 'Postingan'));
  await clickText(frame, 'div[role="dialog"] div[role="button"]', pick(lang, 'Select from computer', 'Pilih dari komputer'));
  if (options.reelsNotice) await clickText(frame, 'div[role="dialog"][aria-modal="true"] div[role="button"]', 'OK');
  await frame.waitForSelector('div[role="dialog"][data-step="crop"]');
  await clickText(frame, 'div[role="dialog"] div[role="button"]', pick(lang, 'Next', 'Berikutnya'));
  await frame.waitForSelector('div[role="dialog"][data-step="style"]');
  await clickText(frame, 'div[role="dialog"] div[role="button"]', pick(lang, 'Next', 'Berikutnya'));
  await frame.waitForSelector('div[role="dialog"] [contenteditable="true"]');
}

const instagramClose = (lang: UiLang): string => `div[role="button"]:has(> [aria-label="${pick(lang, 'Close', 'Tutup')}"])`;

export const instagramSite: Site = {
  name: 'instagram',
  startUrl: (lang) => `https://www.instagram.com/${q(lang)}`,
  open: (frame, lang) => instagramToCaption(frame, lang),
  close: async (frame, lang) => {
    await clickCss(frame, instagramClose(lang));
    await clickText(frame, 'div[role="dialog"][aria-modal="true"] div[role="button"]', pick(lang, 'Discard', 'Buang'));
  },
  closeControl: (lang) => ({
    css: instagramClose(lang),
    text: null,
    confirm: { css: 'div[role="dialog"][aria-modal="true"] div[role="button"]', text: pick(lang, 'Discard', 'Buang') },
  }),
  editorLabel: (lang) => pick(lang, 'Write a caption...', 'Tulis keterangan...'),
  prefilled: '',
  postLabel: (lang) => pick(lang, 'Share', 'Bagikan'),
  post: (frame, lang) => clickText(frame, 'div[role="dialog"] div[role="button"]', pick(lang, 'Share', 'Bagikan')),
  account: 'saring.demo',
};

export const facebookSite: Site = {
  name: 'facebook',
  startUrl: (lang) => `https://www.facebook.com/${q(lang)}`,
  open: (frame) => openFacebookComposer(frame),
  close: async (frame, lang) => {
    await clickCss(frame, facebookClose(lang));
  },
  closeControl: (lang) => ({ css: facebookClose(lang), text: null }),
  editorLabel: (lang) => pick(lang, "What's on your mind, Budi?", 'Apa yang Anda pikirkan, Budi?'),
  prefilled: '',
  postLabel: (lang) => pick(lang, 'Post', 'Posting'),
  post: (frame, lang) => clickCss(frame, `div[role="dialog"] div[role="button"][aria-label="${pick(lang, 'Post', 'Posting')}"]`),
  account: 'Budi',
};

/** Clicks the feed's "What's on your mind" trigger and waits until Facebook has swapped the editor. */
export async function openFacebookComposer(frame: Frame): Promise<void> {
  await clickCss(frame, 'div[role="button"].trigger');
  await frame.waitForSelector('div[role="dialog"][aria-modal="true"] [data-lexical-editor="true"]');
  await frame.waitForFunction(() => globalThis.__fixture?.settled?.() !== false);
}

const facebookClose = (lang: UiLang): string =>
  `div[role="dialog"] div[role="button"][aria-label="${pick(lang, 'Close composer dialog', 'Tutup dialog pembuat')}"]`;

/** A Facebook Page: "What's on your mind?" without a name; Next, then Post in "Post settings". */
export const facebookPageSite: Site = {
  name: 'facebook',
  startUrl: (lang) => `https://www.facebook.com/pemkab.saring/${q(lang)}`,
  open: (frame) => openFacebookComposer(frame),
  close: async (frame, lang) => {
    await clickCss(frame, facebookClose(lang));
  },
  closeControl: (lang) => ({ css: facebookClose(lang), text: null }),
  editorLabel: (lang) => pick(lang, "What's on your mind?", 'Apa yang Anda pikirkan?'),
  prefilled: '',
  postLabel: (lang) => pick(lang, 'Post', 'Posting'),
  post: async (frame, lang) => {
    await facebookPageNext(frame, lang);
    await facebookPagePost(frame, lang);
  },
  account: null,
};

/** Next in the Page composer (once it is enabled); waits for "Post settings". */
export async function facebookPageNext(frame: Frame, lang: UiLang): Promise<void> {
  const next = `div[role="dialog"] div[role="button"][aria-label="${pick(lang, 'Next', 'Berikutnya')}"]`;
  await frame.waitForSelector(`${next}:not([aria-disabled="true"])`);
  await clickCss(frame, next);
  await frame.waitForSelector(`div[role="dialog"][aria-modal="true"][aria-label="${pick(lang, 'Post settings', 'Pengaturan postingan')}"]`);
}

/** The final Post, in "Post settings". */
export async function facebookPagePost(frame: Frame, lang: UiLang): Promise<void> {
  await clickCss(frame, `div[role="dialog"][aria-label="${pick(lang, 'Post settings', 'Pengaturan postingan')}"] div[role="button"][aria-label="${pick(lang, 'Post', 'Posting')}"]`);
}

/** Meta Business Suite's composer page (full page, no dialog); the panel's platform follows the placements. */
export const businessSite = {
  startUrl: (lang: UiLang, query = ''): string => `https://business.facebook.com/latest/composer/${q(lang)}${query ? (lang === 'id' ? '&' : '?') + query : ''}`,
  editorCss: 'main [role="textbox"][data-lexical-editor="true"]',
  /** The placement checkbox of one platform. */
  placementCss: (platform: 'facebook' | 'instagram'): string => `[role="checkbox"]:has([aria-label="${platform === 'instagram' ? 'Instagram' : 'Facebook'}"])`,
  publish: (frame: Frame, lang: UiLang): Promise<void> => clickText(frame, '.bs-footer div[role="button"]', pick(lang, 'Publish', 'Publikasikan')),
  schedule: (frame: Frame, lang: UiLang): Promise<void> => clickText(frame, '.bs-footer div[role="button"]', pick(lang, 'Schedule', 'Jadwalkan')),
};

export const tiktokSite: Site = {
  name: 'tiktok',
  startUrl: (lang) => `https://www.tiktok.com/tiktokstudio/upload${q(lang)}`,
  open: async (frame, lang) => {
    await clickText(frame, 'button', pick(lang, 'Select video', 'Pilih video'));
    await frame.waitForSelector('[data-e2e="caption_container"] [contenteditable="true"]');
  },
  close: async (frame, lang) => {
    await clickText(frame, 'button', pick(lang, 'Discard', 'Buang'));
  },
  closeControl: (lang) => ({ css: 'button', text: pick(lang, 'Discard', 'Buang') }),
  editorLabel: () => null,
  prefilled: 'VID_20261124_093000.mp4',
  postLabel: (lang) => pick(lang, 'Post', 'Posting'),
  post: (frame) => clickCss(frame, 'button[data-e2e="post_video_button"]'),
  account: null,
};

export const sites: readonly Site[] = [instagramSite, facebookSite, tiktokSite];

/** The editor model text, read in the page's MAIN world from the fixture hook. */
export async function modelText(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => globalThis.__fixture?.modelText() ?? null);
}

export async function posts(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => [...(globalThis.__fixture?.posts ?? [])]);
}

/**
 * Takes focus away from the editor the way the panel does: focus moves to a button in a shadow
 * root and the selection leaves the editor.
 */
export async function stealFocus(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    let host = document.getElementById('focus-thief');
    if (!host) {
      host = document.createElement('div');
      host.id = 'focus-thief';
      const shadow = host.attachShadow({ mode: 'open' });
      const button = document.createElement('button');
      button.textContent = 'elsewhere';
      shadow.append(button);
      document.body.append(host);
    }
    host.shadowRoot?.querySelector('button')?.focus();
    document.getSelection()?.removeAllRanges();
  });
}

/** Puts the caret at the end of the editor with a real click and the End keys. */
export async function focusEditorEnd(frame: Frame, editorCss: string): Promise<void> {
  const editor = await frame.waitForSelector(editorCss);
  if (!editor) throw new Error(`no editor ${editorCss}`);
  await editor.click();
  const page = frame.page();
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
}

export const editorCss: Record<SiteName, string> = {
  instagram: 'div[role="dialog"] [contenteditable="true"][aria-label]',
  facebook: 'div[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]:not([aria-label="Message"]):not([aria-label="Pesan"])',
  tiktok: '[data-e2e="caption_container"] [contenteditable="true"]',
};
