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
import { editorCss, facebookSite, focusEditorEnd, modelText, posts, sites, stealFocus, tiktokSite, type Site } from './harness/sites';

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
    const result = await realm.evaluate((css: string, text: string | null) => globalThis.__saringProbe!.insertWhileClosing(css, text), control.css, control.text);
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
    expect(await realm.evaluate(() => globalThis.__saringProbe!.editorLabel())).toBe('Write something...');
    expect(await realm.evaluate(() => globalThis.__saringProbe!.accountName())).toBeNull();
    await page.goBack();
    await waitForLive(realm, 0);
    // Typing into the comment box and Messenger never creates a composer.
    await (await frame.waitForSelector('[aria-label="Write a comment…"]'))?.click();
    await page.keyboard.type('komentar');
    await (await frame.waitForSelector('[aria-label="Message"]'))?.click();
    await page.keyboard.type('pesan');
    await expect.poll(() => frame.evaluate(() => globalThis.__fixture?.otherModelTexts())).toEqual({ comment: 'komentar', messenger: 'pesan' });
    expect(await live(realm)).toBe(0);
    expect((await events(realm)).filter((entry) => entry.startsWith('add:'))).toEqual(['add:Write something...']);
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
