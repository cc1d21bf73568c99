/**
 * TikTok Studio as it is (issue 12), with the built extension: every tag Saring adds ends as a tag
 * entity in Draft's content state; a tag the admin picked survives fixes and template inserts; the
 * guard reads Studio's own disabled states; the journal gets one entry after "Post now"; the
 * file-name caption is flagged and removed in one click.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Frame, Page } from 'puppeteer';
import { inPanel, openExtensionPage } from './harness/browser';
import { browserSuite } from './harness/suite';
import { byText, editorCss, modelText, posts, tiktokSite } from './harness/sites';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const suite = browserSuite({ extension: true });
const site = tiktokSite;

async function openStudio(query = ''): Promise<{ page: Page; frame: Frame }> {
  const opened = await suite.open(`https://www.tiktok.com/tiktokstudio/upload?lang=id${query}`);
  const frame = opened.page.mainFrame();
  await site.open(frame, 'id');
  await opened.page.waitForSelector(inPanel('tiktok', '[data-saring="char-count"]'), { timeout: 15_000 });
  return { page: opened.page, frame };
}

async function typeCaption(frame: Frame, text: string): Promise<void> {
  const editor = await frame.waitForSelector(editorCss.tiktok);
  await editor?.click();
  const keyboard = frame.page().keyboard;
  await keyboard.down('Control');
  await keyboard.press('KeyA');
  await keyboard.up('Control');
  await keyboard.press('Backspace');
  await frame.waitForFunction(() => globalThis.__fixture?.modelText() === '');
  await keyboard.type(text);
  await frame.waitForFunction((wanted: string) => globalThis.__fixture?.modelText() === wanted, {}, text);
}

/** The tag entities in Draft's content state, as their text. */
const tags = (frame: Frame): Promise<string[]> =>
  frame.evaluate(() => (globalThis.__tiktok?.entities() ?? []).filter((e) => e.mutability === 'IMMUTABLE').map((e) => e.text));

/**
 * The panel's element once it shows. Polled: rows added inside the panel's shadow root (the deep
 * rules' findings arrive from the background after typing stops) wake no document-level observer,
 * so `waitForSelector` would only see them at the page's next own mutation.
 */
async function shown(page: Page, selector: string): Promise<ElementHandle<Element>> {
  let handle: ElementHandle<Element> | null = null;
  await expect.poll(async () => (handle = await page.$(inPanel('tiktok', selector))) !== null, { timeout: 15_000, interval: 100 }).toBe(true);
  return handle!;
}

async function click(page: Page, selector: string): Promise<void> {
  await (await shown(page, selector)).click();
}

/** The quoted words of the panel's rows for one rule. */
const excerpts = (page: Page, ruleId: string): Promise<string[]> =>
  page.$$eval(inPanel('tiktok', `li.finding[data-rule-id="${ruleId}"] .finding__excerpt`), (els) => els.map((el) => el.textContent ?? ''));

async function journal(): Promise<Array<{ platform: string; firstLine: string; unconfirmed?: true }>> {
  const { page } = await openExtensionPage(suite.browser(), 'report.html');
  try {
    const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ saring: 1, type: 'journal:list', payload: {} }))) as { ok: boolean; data: Array<{ platform: string; firstLine: string; unconfirmed?: true }> };
    return reply.data;
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  // The admin works in Indonesian (the headless browser speaks English).
  const { page } = await openExtensionPage(suite.browser(), 'report.html');
  await page.evaluate(() => chrome.runtime.sendMessage({ saring: 1, type: 'settings:set', payload: { lang: 'id' } }));
  await page.close();
});

describe('TikTok tags from the panel', () => {
  it('a hashtag fix adds the required tag as a TikTok tag', async () => {
    const { page, frame } = await openStudio();
    await typeCaption(frame, 'Layanan KTP keliling di balai desa.');
    await click(page, 'li.finding[data-rule-id="hashtag-required"] [data-action="apply-fix"]');
    await frame.waitForFunction(() => (globalThis.__tiktok?.entities().length ?? 0) === 1, { timeout: 10_000 });
    expect(await tags(frame)).toEqual(['#PemkabContoh']);
    expect(await modelText(frame)).toBe('Layanan KTP keliling di balai desa.\n\n#PemkabContoh');
    expect(await page.$(inPanel('tiktok', '[data-saring="tag-notice"]'))).toBeNull();
  });

  it('fix-all re-creates a broken hashtag as a tag and keeps the one already picked', async () => {
    const { page, frame } = await openStudio('&pretag=1');
    expect(await tags(frame)).toEqual(['#slemankab']);
    const editor = await frame.waitForSelector(editorCss.tiktok);
    await editor?.click();
    const keyboard = page.keyboard;
    await keyboard.down('Control');
    await keyboard.press('End');
    await keyboard.up('Control');
    await keyboard.type(' silahkan datang # Jogja');
    await frame.waitForFunction(() => globalThis.__fixture?.modelText()?.endsWith('# Jogja') === true);
    // Fix-all applies what the panel shows when it is clicked: the admin clicks once the spelling
    // row for "silahkan" (a deep rule, from the background) is there.
    await expect.poll(async () => (await excerpts(page, 'spelling')).some((quote) => quote.includes('silahkan')), { timeout: 15_000, interval: 100 }).toBe(true);
    await click(page, '[data-action="fix-all"]');
    await frame.waitForFunction(() => globalThis.__fixture?.modelText()?.includes('silakan') === true && (globalThis.__tiktok?.entities().length ?? 0) === 2, { timeout: 10_000 });
    // "dihimbau" has a fix, but not a safe one: fix-all leaves it.
    expect(await modelText(frame)).toBe('Warga dihimbau datang tepat waktu #slemankab silakan datang #jogja');
    expect(await tags(frame)).toEqual(['#slemankab', '#jogja']);
  });

  it('a template with a hashtag block, inserted at the caret, adds its tags and keeps the picked one', async () => {
    const { page, frame } = await openStudio('&pretag=1');
    const editor = await frame.waitForSelector(editorCss.tiktok);
    await editor?.click();
    await page.keyboard.down('Control');
    await page.keyboard.press('End');
    await page.keyboard.up('Control');
    await click(page, '[data-action="open-templates"]');
    await click(page, '[data-template-id="pengumuman-layanan"]');
    await (await page.waitForSelector(inPanel('tiktok', '[data-field="layanan"]')))?.type('Perekaman KTP elektronik');
    await (await page.waitForSelector(inPanel('tiktok', '[data-field="isi"]')))?.type('Petugas hadir di Balai Desa Sukamaju setiap Sabtu.');
    await click(page, '[data-action="insert-template"]');
    // The block is the profile's required tag and the template's own, each picked from the list in
    // turn: wait for the last one, not for an intermediate state between two picks.
    await frame.waitForFunction(() => globalThis.__fixture?.modelText()?.endsWith('#PemkabContoh #LayananPublik') === true && (globalThis.__tiktok?.entities().length ?? 0) >= 4, { timeout: 15_000 });
    const model = (await modelText(frame)) ?? '';
    // Inserted right after the picked tag: the tag stays the tag it was, the template's text follows it.
    const start = 'Warga dihimbau datang tepat waktu #slemankabPengumuman: Perekaman KTP elektronik';
    expect(model.slice(0, start.length)).toBe(start);
    const block = '\n\n#PemkabContoh #LayananPublik';
    expect(model.slice(-block.length)).toBe(block);
    // The template's hashtag block and its @handle went in through TikTok's list.
    expect(await tags(frame)).toEqual(['#slemankab', '@pemkabcontoh', '#PemkabContoh', '#LayananPublik']);
  });

  it('a spelling fix beside a picked tag leaves the tag a tag', async () => {
    const { page, frame } = await openStudio('&pretag=1');
    await click(page, 'li.finding[data-rule-id="spelling"] [data-action="apply-fix"]');
    await frame.waitForFunction(() => globalThis.__fixture?.modelText() === 'Warga diimbau datang tepat waktu #slemankab');
    expect(await tags(frame)).toEqual(['#slemankab']);
  });

  it('a tag TikTok does not offer stays text and the panel says to pick it from the list', async () => {
    const { page, frame } = await openStudio();
    await typeCaption(frame, 'Kerja bakti # TagTerlarang');
    await click(page, 'li.finding[data-rule-id="hashtag-malformed"] [data-action="apply-fix"]');
    // Polled: changes inside the panel's shadow root do not wake a document-level observer.
    const notice = await page.waitForFunction(
      () => document.querySelector('[data-saring="panel"][data-platform="tiktok"]')?.shadowRoot?.querySelector('[data-saring="tag-notice"]')?.textContent,
      { polling: 100, timeout: 10_000 },
    );
    expect(await notice.jsonValue()).toContain('pilih #TagTerlarang dari daftar saran TikTok');
    expect(await modelText(frame)).toBe('Kerja bakti #TagTerlarang');
    expect(await tags(frame)).toEqual([]);
  });
});

describe('TikTok Post and the journal', () => {
  it('a Post greyed out while the video uploads gets no prompt; once live it prompts', async () => {
    const { page, frame } = await openStudio('&upload=hold');
    await typeCaption(frame, 'Bantuan untuk Ibu Sari, NIK 3404074503900001, warga Desa Sukamaju.');
    await page.waitForSelector(inPanel('tiktok', 'li.finding[data-category="personal-data"]'));
    const post = await frame.waitForSelector('button[data-e2e="post_video_button"][data-disabled="true"].TUXButton--disabled');
    await post?.click();
    // Give a prompt every chance to show up before saying it did not.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.$(inPanel('tiktok', '[data-saring="prompt"]'))).toBeNull();
    await frame.evaluate(() => globalThis.__tiktok?.finishUpload());
    await frame.waitForSelector('button[data-e2e="post_video_button"]:not([data-disabled])');
    await (await frame.$('button[data-e2e="post_video_button"]'))?.click();
    await page.waitForSelector(inPanel('tiktok', '[data-saring="prompt"]'));
    expect(await posts(frame)).toEqual([]);
  });

  it('records one entry, after TikTok\'s own "Post now", not at the first click', async () => {
    const before = (await journal()).length;
    const { frame } = await openStudio('&checks=running');
    const caption = 'Jadwal posyandu balita bulan Desember di balai desa.';
    await typeCaption(frame, caption);
    await (await frame.waitForSelector('button[data-e2e="post_video_button"]:not([data-disabled])'))?.click();
    await byText(frame, '[role="dialog"] h2', 'Lanjutkan posting?');
    // TikTok holds the post while its checks run: nothing is in the journal yet.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await journal()).length).toBe(before);
    await (await byText(frame, '[role="dialog"] button', 'Posting sekarang')).click();
    await frame.waitForFunction(() => (globalThis.__fixture?.posts.length ?? 0) > 0);
    let entries = await journal();
    for (let i = 0; i < 50 && entries.length === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      entries = await journal();
    }
    expect(entries.length).toBe(before + 1);
    const entry = entries.find((e) => e.firstLine === caption);
    expect(entry?.platform).toBe('tiktok');
    expect(entry?.unconfirmed).toBeUndefined();
  });
});

describe('the file-name caption', () => {
  it('is flagged and removed in one click', async () => {
    const { page, frame } = await openStudio();
    expect(await modelText(frame)).toBe('VID_20261124_093000.mp4');
    const fix = await page.waitForSelector(inPanel('tiktok', 'li.finding[data-rule-id="caption-filename"][data-category="length"][data-severity="warning"] [data-action="apply-fix"]'));
    await fix?.click();
    await frame.waitForFunction(() => globalThis.__fixture?.modelText() === '');
    await page.waitForSelector(inPanel('tiktok', 'li.finding[data-rule-id="caption-filename"]'), { hidden: true });
  });
});
