/**
 * The platform adapters in real Chromium on fixture pages built from the real lexical and draft-js.
 * The adapters run in an isolated world (like the content script); every assertion about inserted
 * text reads the editor's MODEL in the page's main world.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { uploadIframe } from './harness/browser';
import { browserSuite } from './harness/suite';
import { events, live, startProbe, waitForLive, type IsolatedWorld } from './harness/probe-client';
import {
  businessSite,
  clickText,
  editorCss,
  facebookPageNext,
  facebookPagePost,
  facebookPageSite,
  facebookSite,
  focusEditorEnd,
  instagramToCaption,
  modelText,
  posts,
  sites,
  stealFocus,
  tiktokSite,
  type Site,
} from './harness/sites';

const suite = browserSuite({ extension: false });


async function open(url: string): Promise<{ page: Page; frame: Frame; realm: IsolatedWorld }> {
  const opened = await suite.open(url);
  const frame = opened.page.mainFrame();
  return { page: opened.page, frame, realm: await startProbe(frame) };
}

/** Opens the site with its composer open and the adapter holding exactly one handle. */
async function openComposer(site: Site, lang: 'en' | 'id' = 'en'): Promise<{ page: Page; frame: Frame; realm: IsolatedWorld }> {
  const context = await open(site.startUrl(lang));
  await site.open(context.frame, lang);
  await waitForLive(context.realm, 1);
  return context;
}

async function typeAtEnd(frame: Frame, site: Site, text: string): Promise<void> {
  await focusEditorEnd(frame, editorCss[site.name]);
  await frame.page().keyboard.type(text);
}

describe.each(sites)('$name adapter', (site) => {
  it('runs isolated from the page: no access to the editor objects', async () => {
    const { realm, frame } = await openComposer(site);
    expect(await realm.evaluate(() => typeof globalThis.__fixture)).toBe('undefined');
    expect(await frame.evaluate(() => typeof globalThis.__fixture)).toBe('object');
  });

  it.each(['en', 'id'] as const)('finds the composer only when it opens (%s UI), not look-alikes', async (lang) => {
    const { frame, realm } = await open(site.startUrl(lang));
    // Facebook's feed has a comment box and a Messenger window, both Lexical textboxes.
    expect(await live(realm)).toBe(0);
    await site.open(frame, lang);
    await waitForLive(realm, 1);
    const label = site.editorLabel(lang);
    if (label !== null) expect(await realm.evaluate(() => globalThis.__saringProbe!.editorLabel())).toBe(label);
    expect(await realm.evaluate(() => globalThis.__saringProbe!.readText())).toBe(site.prefilled);
    expect(await realm.evaluate(() => globalThis.__saringProbe!.postButton()?.label)).toBe(site.postLabel(lang));
    expect(await realm.evaluate(() => globalThis.__saringProbe!.accountName())).toBe(site.account);
  });

  it('follows the composer closing and reopening, one handle per editor', async () => {
    const { frame, realm } = await openComposer(site);
    await site.close(frame, 'en');
    await waitForLive(realm, 0);
    await site.open(frame, 'en');
    await waitForLive(realm, 1);
    const log = await events(realm);
    expect(log.filter((entry) => entry.startsWith('add:'))).toHaveLength(2);
    expect(log.filter((entry) => entry.startsWith('remove:'))).toHaveLength(1);
  });

  it('reads the caption as text with one newline per line break or paragraph', async () => {
    const { frame, realm } = await openComposer(site);
    if (site.prefilled) {
      await focusEditorEnd(frame, editorCss[site.name]);
      await frame.page().keyboard.down('Control');
      await frame.page().keyboard.press('KeyA');
      await frame.page().keyboard.up('Control');
      await frame.page().keyboard.press('Backspace');
    }
    await typeAtEnd(frame, site, 'Baris satu');
    await frame.page().keyboard.press('Enter');
    await frame.page().keyboard.type('Baris dua');
    await frame.page().keyboard.press('Enter');
    await frame.page().keyboard.press('Enter');
    await frame.page().keyboard.type('Baris empat');
    await expect.poll(() => modelText(frame)).toBe('Baris satu\nBaris dua\n\nBaris empat');
    expect(await realm.evaluate(() => globalThis.__saringProbe!.readText())).toBe('Baris satu\nBaris dua\n\nBaris empat');
    // onChange reported the typing as it happened, ending with the full caption.
    await realm.waitFor(() => globalThis.__saringProbe!.changes.at(-1) === 'Baris satu\nBaris dua\n\nBaris empat');
  });

  it('inserts into an empty editor exactly once, newlines kept, after focus moved away', async () => {
    const { frame, realm } = await openComposer(site);
    if (site.prefilled) {
      // Empty the pre-filled caption the way a user would; an empty Draft.js editor is the case
      // where execCommand breaks the page.
      await focusEditorEnd(frame, editorCss[site.name]);
      await frame.page().keyboard.down('Control');
      await frame.page().keyboard.press('KeyA');
      await frame.page().keyboard.up('Control');
      await frame.page().keyboard.press('Backspace');
      await expect.poll(() => modelText(frame)).toBe('');
    }
    await stealFocus(frame);
    const result = await realm.evaluate(() => globalThis.__saringProbe!.insertAtCaret('Halo warga!\nInfo banjir\n\n#SiagaBencana'));
    expect(result).toEqual({ ok: true, text: 'Halo warga!\nInfo banjir\n\n#SiagaBencana' });
    expect(await modelText(frame)).toBe('Halo warga!\nInfo banjir\n\n#SiagaBencana');
    // The site's own typing keeps working and lands in the model after our insert.
    await frame.page().keyboard.type(' ok');
    await expect.poll(() => modelText(frame)).toBe('Halo warga!\nInfo banjir\n\n#SiagaBencana ok');
  });

  it('inserts at the caret the user had before the panel took focus', async () => {
    const { frame, realm } = await openComposer(site);
    await typeAtEnd(frame, site, 'Selamat pagi semua');
    // Caret after "pagi": 6 characters back from the end.
    for (let i = 0; i < ' semua'.length; i++) await frame.page().keyboard.press('ArrowLeft');
    await stealFocus(frame);
    const result = await realm.evaluate(() => globalThis.__saringProbe!.insertAtCaret(',\nBapak Ibu'));
    const expected = `${site.prefilled}Selamat pagi,\nBapak Ibu semua`;
    expect(result).toEqual({ ok: true, text: expected });
    expect(await modelText(frame)).toBe(expected);
    // Typing continues right after the inserted text.
    await frame.page().keyboard.type('!');
    await expect.poll(() => modelText(frame)).toBe(`${site.prefilled}Selamat pagi,\nBapak Ibu! semua`);
  });

  it('replaces a range across lines exactly once', async () => {
    const { frame, realm } = await openComposer(site);
    await stealFocus(frame);
    await realm.evaluate(() => globalThis.__saringProbe!.replaceAll('Banjir di Kec. A\nWarga diimbau waspada\nInfo: 112'));
    const before = await realm.evaluate(() => globalThis.__saringProbe!.readText());
    expect(before).toBe('Banjir di Kec. A\nWarga diimbau waspada\nInfo: 112');
    // Replace "Kec. A\nWarga diimbau" (across a line break) with two lines of new text.
    const start = before.indexOf('Kec. A');
    const end = before.indexOf(' waspada');
    await stealFocus(frame);
    const result = await realm.evaluate(
      (from: number, to: number) => globalThis.__saringProbe!.replaceRange(from, to, 'Kecamatan Alpha.\nMohon warga'),
      start,
      end,
    );
    const expected = 'Banjir di Kecamatan Alpha.\nMohon warga waspada\nInfo: 112';
    expect(result).toEqual({ ok: true, text: expected });
    expect(await modelText(frame)).toBe(expected);
    // A range in the last line, after focus moved away again.
    await stealFocus(frame);
    const at = expected.lastIndexOf('112');
    const last = await realm.evaluate((from: number) => globalThis.__saringProbe!.replaceRange(from, from + 3, '112 (gratis)'), at);
    expect(last.ok).toBe(true);
    expect(await modelText(frame)).toBe('Banjir di Kecamatan Alpha.\nMohon warga waspada\nInfo: 112 (gratis)');
    await frame.page().keyboard.type('.');
    await expect.poll(() => modelText(frame)).toBe('Banjir di Kecamatan Alpha.\nMohon warga waspada\nInfo: 112 (gratis).');
  });

  it('replaces everything exactly once, on a non-empty editor', async () => {
    const { frame, realm } = await openComposer(site);
    await typeAtEnd(frame, site, 'teks lama');
    await frame.page().keyboard.press('Enter');
    await frame.page().keyboard.type('baris lama');
    await stealFocus(frame);
    const result = await realm.evaluate(() => globalThis.__saringProbe!.replaceAll('Teks baru\nBaris baru'));
    expect(result).toEqual({ ok: true, text: 'Teks baru\nBaris baru' });
    expect(await modelText(frame)).toBe('Teks baru\nBaris baru');
    await frame.page().keyboard.type(' #ok');
    await expect.poll(() => modelText(frame)).toBe('Teks baru\nBaris baru #ok');
  });

  it('inserts emoji with zero-width joiners and reads them back exactly (no false mismatch)', async () => {
    const { frame, realm } = await openComposer(site);
    await stealFocus(frame);
    const caption = 'Nakes 👩\u200d⚕️ dan keluarga 👨\u200d👩\u200d👧 siaga 🇮🇩 👍🏽';
    const result = await realm.evaluate((text) => globalThis.__saringProbe!.replaceAll(text), caption);
    expect(result).toEqual({ ok: true, text: caption });
    expect(await modelText(frame)).toBe(caption);
  });

  it('posts what the adapter inserted (the model, not only the screen)', async () => {
    const { frame, realm } = await openComposer(site);
    await stealFocus(frame);
    await realm.evaluate(() => globalThis.__saringProbe!.replaceAll('Siap posting\nbaris 2'));
    expect(await realm.evaluate(() => globalThis.__saringProbe!.postButton()?.disabled)).toBe(false);
    await site.post(frame, 'en');
    await expect.poll(() => posts(frame)).toEqual(['Siap posting\nbaris 2']);
    await waitForLive(realm, 0);
  });

  it('reports composer-gone when the composer closes during an insert, without page errors', async () => {
    const { frame, realm } = await openComposer(site);
    const control = site.closeControl('en');
    const result = await realm.evaluate(
      (css: string, text: string | null, confirmCss: string | null, confirmText: string | null) =>
        globalThis.__saringProbe!.insertWhileClosing(css, text, confirmCss ?? undefined, confirmText),
      control.css,
      control.text,
      control.confirm?.css ?? null,
      control.confirm?.text ?? null,
    );
    expect(result).toEqual({ ok: false, text: '', error: 'composer-gone' });
    await waitForLive(realm, 0);
    expect(await modelText(frame)).toBeNull();
  });

  it('reports out-of-range without touching the caption', async () => {
    const { frame, realm } = await openComposer(site);
    const result = await realm.evaluate(() => globalThis.__saringProbe!.replaceRange(5, 2, 'x'));
    expect(result.error).toBe('out-of-range');
    expect(await modelText(frame)).toBe(site.prefilled);
  });
});

describe('single-page navigation', () => {
  it('Instagram: the composer follows pushState and Back', async () => {
    const { page, frame, realm } = await openComposer(sites[0]!);
    expect(new URL(page.url()).pathname).toBe('/create/details/');
    await page.goBack();
    await waitForLive(realm, 0);
    await page.goForward();
    await waitForLive(realm, 1);
    await realm.evaluate(() => globalThis.__saringProbe!.insertAtCaret('setelah navigasi'));
    expect(await modelText(frame)).toBe('setelah navigasi');
  });

  it('Facebook: group composer after navigating, comment box and Messenger stay ignored', async () => {
    const { page, frame, realm } = await open(facebookSite.startUrl('en'));
    await (await frame.waitForSelector('nav a[href="/groups/saring.demo/"]'))?.click();
    await frame.waitForFunction(() => location.pathname === '/groups/saring.demo/');
    await facebookSite.open(frame, 'en');
    await waitForLive(realm, 1);
    expect(await realm.evaluate(() => globalThis.__saringProbe!.editorLabel())).toBe('Create a public post…');
    expect(await realm.evaluate(() => globalThis.__saringProbe!.accountName())).toBeNull();
    await page.goBack();
    await waitForLive(realm, 0);
    // Typing into the comment boxes and Messenger never creates a composer.
    await (await frame.waitForSelector('[aria-label="Write a comment…"]'))?.click();
    await page.keyboard.type('komentar');
    await (await frame.waitForSelector('[aria-label="Message"]'))?.click();
    await page.keyboard.type('pesan');
    await expect.poll(() => frame.evaluate(() => globalThis.__fixture?.otherModelTexts())).toMatchObject({ comment: 'komentar', messenger: 'pesan' });
    expect(await live(realm)).toBe(0);
    expect((await events(realm)).filter((entry) => entry.startsWith('add:'))).toEqual(['add:Create a public post…']);
  });

  it('TikTok: leaving the upload page and coming back gives one new handle', async () => {
    const { frame, realm } = await openComposer(tiktokSite);
    await (await frame.waitForSelector('nav a[href="/tiktokstudio/content"]'))?.click();
    await waitForLive(realm, 0);
    await (await frame.waitForSelector('nav a[href="/tiktokstudio/upload"]'))?.click();
    await tiktokSite.open(frame, 'en');
    await waitForLive(realm, 1);
    expect((await events(realm)).filter((entry) => entry.startsWith('add:'))).toHaveLength(2);
  });

  it('TikTok: the old upload page, caption inside the upload iframe', async () => {
    const opened = await suite.open('https://www.tiktok.com/upload', { fixture: false });
    const frame = await uploadIframe(opened.page);
    const realm = await startProbe(frame);
    await tiktokSite.open(frame, 'en');
    await waitForLive(realm, 1);
    await stealFocus(frame);
    const result = await realm.evaluate(() => globalThis.__saringProbe!.replaceAll('Dari iframe\nbaris dua'));
    expect(result.ok).toBe(true);
    expect(await modelText(frame)).toBe('Dari iframe\nbaris dua');
  });
});

describe('Meta composers as they are in 2026', () => {
  const fbEditor = 'div[role="dialog"][aria-modal="true"] [data-lexical-editor="true"]';

  it.each(['en', 'id'] as const)('Facebook Page (%s): one handle through Next into "Post settings" and Back; its Post is the final one', async (lang) => {
    const { page, frame, realm } = await open(facebookPageSite.startUrl(lang));
    await facebookPageSite.open(frame, lang);
    await waitForLive(realm, 1);
    expect(await realm.evaluate(() => globalThis.__saringProbe!.editorLabel())).toBe(facebookPageSite.editorLabel(lang));
    // The first step has Next, not Post: nothing to guard yet.
    expect(await realm.evaluate(() => globalThis.__saringProbe!.postButton())).toBeNull();
    await focusEditorEnd(frame, fbEditor);
    await page.keyboard.type('Info layanan');
    await facebookPageNext(frame, lang);
    // The composer is hidden, not gone: the same handle, and its Post is the one in Post settings.
    expect(await live(realm)).toBe(1);
    expect(await realm.evaluate(() => globalThis.__saringProbe!.postButton())).toEqual({ label: lang === 'id' ? 'Posting' : 'Post', disabled: false });
    expect(await realm.evaluate(() => globalThis.__saringProbe!.readText())).toBe('Info layanan');
    // Back: the settings dialog goes, the composer comes back, no Post to guard again.
    await (await frame.waitForSelector(`div[role="dialog"] div[role="button"][aria-label="${lang === 'id' ? 'Kembali' : 'Back'}"]`))?.click();
    await frame.waitForSelector('div[role="dialog"][aria-label="Post settings"], div[role="dialog"][aria-label="Pengaturan postingan"]', { hidden: true });
    expect(await realm.evaluate(() => globalThis.__saringProbe!.postButton())).toBeNull();
    await facebookPageNext(frame, lang);
    await facebookPagePost(frame, lang);
    await expect.poll(() => posts(frame)).toEqual(['Info layanan']);
    await waitForLive(realm, 0);
    expect((await events(realm)).filter((entry) => entry.startsWith('add:'))).toHaveLength(1);
  });

  it('Facebook replaces the editor after opening: the same handle adopts the new element', async () => {
    const { frame, realm } = await open('https://www.facebook.com/?replaceAfter=1500');
    await (await frame.waitForSelector('div[role="button"].trigger'))?.click();
    await waitForLive(realm, 1);
    await frame.waitForFunction(() => globalThis.__fixture?.settled?.() === true, { timeout: 10_000 });
    await realm.waitFor((css: string) => globalThis.__saringProbe!.editorIsCurrent(css), fbEditor);
    expect(await live(realm)).toBe(1);
    expect(await events(realm)).toEqual([`add:What's on your mind, Budi?`]);
    await stealFocus(frame);
    const result = await realm.evaluate(() => globalThis.__saringProbe!.insertAtCaret('Masuk ke editor baru'));
    expect(result).toEqual({ ok: true, text: 'Masuk ke editor baru' });
    expect(await modelText(frame)).toBe('Masuk ke editor baru');
    // onChange follows the new element too.
    await realm.waitFor(() => globalThis.__saringProbe!.changes.at(-1) === 'Masuk ke editor baru');
  });

  it('an insert in flight when the editor is replaced reports composer-gone and is never replayed', async () => {
    const { frame, realm } = await openComposer(facebookSite);
    await focusEditorEnd(frame, editorCss.facebook);
    await frame.page().keyboard.type('Teks awal');
    await expect.poll(() => modelText(frame)).toBe('Teks awal');
    await stealFocus(frame);
    const result = await realm.evaluate(() => globalThis.__saringProbe!.insertWhileReplacing(' tidak boleh masuk'));
    expect(result).toEqual({ ok: false, text: '', error: 'composer-gone' });
    await realm.waitFor((css: string) => globalThis.__saringProbe!.editorIsCurrent(css), fbEditor);
    expect(await live(realm)).toBe(1);
    // The new editor holds what the admin had typed, and the lost insert did not arrive later.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await modelText(frame)).toBe('Teks awal');
    await stealFocus(frame);
    const again = await realm.evaluate(() => globalThis.__saringProbe!.insertAtCaret(' lagi'));
    expect(again).toEqual({ ok: true, text: 'Teks awal lagi' });
    expect(await modelText(frame)).toBe('Teks awal lagi');
  });

  it.each(['en', 'id'] as const)('Facebook look-alikes (%s): public comments and replies never get a handle', async (lang) => {
    const { page, frame, realm } = await open(facebookSite.startUrl(lang));
    const labels = lang === 'id' ? ['Tulis komentar…', 'Tulis komentar publik…', 'Tulis balasan…', 'Pesan'] : ['Write a comment…', 'Write a public comment…', 'Write a reply…', 'Message'];
    for (const label of labels) {
      await (await frame.waitForSelector(`[aria-label="${label}"]`))?.click();
      await page.keyboard.type('halo');
    }
    await expect.poll(() => frame.evaluate(() => globalThis.__fixture?.otherModelTexts())).toEqual({ comment: 'halo', messenger: 'halo', publicComment: 'halo', reply: 'halo' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await live(realm)).toBe(0);
    expect(await events(realm)).toEqual([]);
  });

  it('Business Suite: the full-page composer, its platform the strictest selected placement', async () => {
    const { frame, realm } = await open(businessSite.startUrl('en'));
    await waitForLive(realm, 1);
    expect(await realm.evaluate(() => globalThis.__saringProbe!.placements())).toEqual(['instagram', 'facebook']);
    expect(await realm.evaluate(() => globalThis.__saringProbe!.platform())).toBe('instagram');
    expect(await realm.evaluate(() => globalThis.__saringProbe!.postButton()?.label)).toBe('Publish');
    await (await frame.waitForSelector(businessSite.placementCss('instagram')))?.click();
    expect(await realm.evaluate(() => globalThis.__saringProbe!.placements())).toEqual(['facebook']);
    expect(await realm.evaluate(() => globalThis.__saringProbe!.platform())).toBe('facebook');
    await (await frame.waitForSelector(businessSite.placementCss('facebook')))?.click();
    expect(await realm.evaluate(() => globalThis.__saringProbe!.placements())).toEqual([]);
    expect(await realm.evaluate(() => globalThis.__saringProbe!.platform())).toBe('facebook');
    await stealFocus(frame);
    const result = await realm.evaluate(() => globalThis.__saringProbe!.replaceAll('Dari Business Suite\nbaris dua'));
    expect(result).toEqual({ ok: true, text: 'Dari Business Suite\nbaris dua' });
    expect(await modelText(frame)).toBe('Dari Business Suite\nbaris dua');
  });

  it.each([
    ['en', 'Write a caption...', ''],
    ['en', 'Write a caption…', '&ellipsis=1'],
    ['id', 'Tulis keterangan...', ''],
    ['id', 'Tulis keterangan…', '&ellipsis=1'],
  ] as const)('Instagram (%s, %s) without role="textbox": no handle before the caption step', async (lang, label, extra) => {
    const { frame, realm } = await open(`https://www.instagram.com/?role=0${lang === 'id' ? '&lang=id' : ''}${extra}`);
    await (await frame.waitForSelector('#create'))?.click();
    await clickText(frame, '.create-menu a[role="link"]', lang === 'id' ? 'Postingan' : 'Post');
    await clickText(frame, 'div[role="dialog"] div[role="button"]', lang === 'id' ? 'Pilih dari komputer' : 'Select from computer');
    for (const step of ['crop', 'style']) {
      await frame.waitForSelector(`div[role="dialog"][data-step="${step}"]`);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(await live(realm)).toBe(0);
      await clickText(frame, 'div[role="dialog"] div[role="button"]', lang === 'id' ? 'Berikutnya' : 'Next');
    }
    await waitForLive(realm, 1);
    expect(await realm.evaluate(() => globalThis.__saringProbe!.editorLabel())).toBe(label);
    expect(await frame.$eval('div[role="dialog"] [contenteditable="true"]', (el) => el.hasAttribute('role'))).toBe(false);
    await stealFocus(frame);
    expect((await realm.evaluate(() => globalThis.__saringProbe!.insertAtCaret('Keterangan'))).ok).toBe(true);
    expect(await modelText(frame)).toBe('Keterangan');
  });

  it('Instagram: "Discard post?" keeps the composer on Cancel and leaves no handle on Discard; the Reels notice has none', async () => {
    const { frame, realm } = await open('https://www.instagram.com/?media=video');
    await instagramToCaption(frame, 'en', { reelsNotice: true });
    await waitForLive(realm, 1);
    await (await frame.waitForSelector('div[role="button"]:has(> [aria-label="Close"])'))?.click();
    await clickText(frame, 'div[role="dialog"][aria-modal="true"] div[role="button"]', 'Cancel');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await live(realm)).toBe(1);
    await (await frame.waitForSelector('div[role="button"]:has(> [aria-label="Close"])'))?.click();
    await clickText(frame, 'div[role="dialog"][aria-modal="true"] div[role="button"]', 'Discard');
    await waitForLive(realm, 0);
    expect((await events(realm)).filter((entry) => entry.startsWith('add:'))).toHaveLength(1);
  });
});
