/**
 * TikTok Studio's tags through the adapter (isolated world, like the content script) on the fixture's
 * real Draft.js: tags go in by TikTok's own suggestion list and end as IMMUTABLE entities in Draft's
 * content state; picked tags are never cut or lost by a replace.
 */
import { describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer';
import { browserSuite } from './harness/suite';
import { startProbe, waitForLive, type IsolatedWorld } from './harness/probe-client';
import { modelText, stealFocus, tiktokSite } from './harness/sites';
import type { TikTokEntity } from './harness/tiktok-api';

const suite = browserSuite({ extension: false });

async function openStudio(query = ''): Promise<{ frame: Frame; realm: IsolatedWorld }> {
  const opened = await suite.open(`https://www.tiktok.com/tiktokstudio/upload${query}`);
  const frame = opened.page.mainFrame();
  const realm = await startProbe(frame);
  await tiktokSite.open(frame, 'en');
  await waitForLive(realm, 1);
  await stealFocus(frame);
  return { frame, realm };
}

const entities = (frame: Frame): Promise<Array<Pick<TikTokEntity, 'type' | 'text' | 'start' | 'mutability'>>> =>
  frame.evaluate(() => (globalThis.__tiktok?.entities() ?? []).map(({ type, text, start, mutability }) => ({ type, text, start, mutability })));

describe('TikTok tags', () => {
  it('a hashtag Saring adds is typed, picked from TikTok\'s list and ends as a tag entity', async () => {
    const { frame, realm } = await openStudio();
    const result = await realm.evaluate(() => globalThis.__saringProbe!.replaceAll('Kerja bakti warga\n\n#KerjaBakti #SlemanKab'));
    // #SlemanKab is a tag TikTok knows: its list offers it in its own case.
    expect(result).toEqual({ ok: true, text: 'Kerja bakti warga\n\n#KerjaBakti #slemankab' });
    expect(await modelText(frame)).toBe('Kerja bakti warga\n\n#KerjaBakti #slemankab');
    expect(await entities(frame)).toEqual([
      { type: '#mention', mutability: 'IMMUTABLE', text: '#KerjaBakti', start: 19 },
      { type: '#mention', mutability: 'IMMUTABLE', text: '#slemankab', start: 31 },
    ]);
  });

  it('pasting #tag (what Saring did before) leaves plain text: the fixture tells them apart', async () => {
    const { frame } = await openStudio();
    await frame.evaluate(() => {
      const editor = document.querySelector<HTMLElement>('[data-e2e="caption_container"] [contenteditable="true"]');
      editor?.focus();
    });
    await frame.page().keyboard.down('Control');
    await frame.page().keyboard.press('KeyA');
    await frame.page().keyboard.up('Control');
    await frame.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Tempel #Sleman');
      // dataType / data: Firefox ignores clipboardData here and fills the paste from these two.
      const init = { clipboardData: data, dataType: 'text/plain', data: 'Tempel #Sleman', bubbles: true, cancelable: true };
      document.querySelector('[data-e2e="caption_container"] [contenteditable="true"]')?.dispatchEvent(new ClipboardEvent('paste', init));
    });
    await expect.poll(() => modelText(frame)).toBe('Tempel #Sleman');
    expect(await entities(frame)).toEqual([]);
  });

  it('a mention goes through the list too; a tag the list never offers stays text and is reported', async () => {
    const { frame, realm } = await openStudio();
    const result = await realm.evaluate(() => globalThis.__saringProbe!.replaceAll('Info @diskominfo_sleman #TagTerlarang'));
    expect(result).toEqual({ ok: true, text: 'Info @diskominfo_sleman #TagTerlarang', untagged: ['#TagTerlarang'] });
    expect(await entities(frame)).toEqual([{ type: 'mention', mutability: 'IMMUTABLE', text: '@diskominfo_sleman', start: 5 }]);
  });

  it('a picked tag survives a fix elsewhere and an insert beside it', async () => {
    const { frame, realm } = await openStudio('?pretag=1');
    const text = 'Warga dihimbau datang tepat waktu #slemankab';
    expect(await realm.evaluate(() => globalThis.__saringProbe!.readText())).toBe(text);
    expect(await entities(frame)).toEqual([{ type: '#mention', mutability: 'IMMUTABLE', text: '#slemankab', start: 34 }]);
    const at = text.indexOf('dihimbau');
    const fixed = await realm.evaluate((from: number) => globalThis.__saringProbe!.replaceRange(from, from + 'dihimbau'.length, 'diimbau'), at);
    expect(fixed).toEqual({ ok: true, text: 'Warga diimbau datang tepat waktu #slemankab' });
    // Right after the tag, as the hashtag-required fix appends.
    const end = 'Warga diimbau datang tepat waktu #slemankab'.length;
    const appended = await realm.evaluate((from: number) => globalThis.__saringProbe!.replaceRange(from, from, ' #PemkabContoh'), end);
    expect(appended).toEqual({ ok: true, text: 'Warga diimbau datang tepat waktu #slemankab #PemkabContoh' });
    expect(await entities(frame)).toEqual([
      { type: '#mention', mutability: 'IMMUTABLE', text: '#slemankab', start: 33 },
      { type: '#mention', mutability: 'IMMUTABLE', text: '#PemkabContoh', start: 44 },
    ]);
  });

  it('refuses a replace that would cut through a picked tag, and changes nothing', async () => {
    const { frame, realm } = await openStudio('?pretag=1');
    const text = 'Warga dihimbau datang tepat waktu #slemankab';
    const inside = text.indexOf('#slemankab') + 3;
    const result = await realm.evaluate((from: number) => globalThis.__saringProbe!.replaceRange(from - 8, from, 'XX'), inside);
    expect(result).toEqual({ ok: false, text, error: 'cuts-tag' });
    expect(await modelText(frame)).toBe(text);
    expect(await entities(frame)).toHaveLength(1);
  });

  it('replace-all keeps the tags it does not change and picks again the ones it re-creates', async () => {
    const { frame, realm } = await openStudio('?pretag=1');
    const result = await realm.evaluate(() => globalThis.__saringProbe!.replaceAll('Warga diimbau datang tepat waktu #slemankab\n\n#PemkabContoh'));
    expect(result).toEqual({ ok: true, text: 'Warga diimbau datang tepat waktu #slemankab\n\n#PemkabContoh' });
    expect(await entities(frame)).toEqual([
      { type: '#mention', mutability: 'IMMUTABLE', text: '#slemankab', start: 33 },
      { type: '#mention', mutability: 'IMMUTABLE', text: '#PemkabContoh', start: 45 },
    ]);
    // A whole new caption whose text changes the tag itself: it is picked again from the list.
    const again = await realm.evaluate(() => globalThis.__saringProbe!.replaceAll('Baru #SlemanKab'));
    expect(again).toEqual({ ok: true, text: 'Baru #slemankab' });
    expect(await entities(frame)).toEqual([{ type: '#mention', mutability: 'IMMUTABLE', text: '#slemankab', start: 5 }]);
  });
});
