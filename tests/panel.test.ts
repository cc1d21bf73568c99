/**
 * The built extension on the three fixture sites: the panel follows the composer, counts live, and
 * its sample-caption action lands once in the editor's model although the panel had focus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ElementHandle, Frame } from 'puppeteer';
import { inPanel, isFirefox, reloadExtension, uploadIframe } from './harness/browser';
import { browserSuite } from './harness/suite';
import { repoRoot } from './harness/paths';
import { editorCss, facebookSite, focusEditorEnd, modelText, posts, sites, tiktokSite, type Site, type SiteName } from './harness/sites';

const suite = browserSuite({ extension: true });

/** Caption limits of the default preset (lib/checks/defaults.ts); TikTok's API limit is also accepted. */
const limits: Record<SiteName, number[]> = { instagram: [2200], facebook: [63206], tiktok: [4000, 2200] };
const POLL = { timeout: 10_000, interval: 100 };

function message(lang: 'id' | 'en', key: string): string {
  const messages = JSON.parse(readFileSync(join(repoRoot, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  const entry = messages[key];
  if (!entry) throw new Error(`no ${key} in ${lang} messages`);
  return entry.message;
}
const samples = [message('id', 'sampleCaption'), message('en', 'sampleCaption')];


const hostCss = (platform: SiteName): string => `[data-saring="panel"][data-platform="${platform}"]`;

async function panelCount(frame: Frame, platform: SiteName): Promise<number> {
  return (await frame.$$(hostCss(platform))).length;
}

/** [caption length, limit] as the panel shows them, digit grouping removed ("1.234 / 2.200"). */
async function shownCount(frame: Frame, platform: SiteName): Promise<number[]> {
  const handle = await frame.$(inPanel(platform, '[data-saring="char-count"]'));
  const text = (await handle?.evaluate((element) => element.textContent ?? '')) ?? '';
  const plain = text.replace(/(?<=\d)[.,\u00a0\u202f ](?=\d{3}(?!\d))/g, '');
  return (plain.match(/\d+/g) ?? []).map(Number);
}

/** Whether the element is inside the viewport and is what a click at its centre would hit. */
async function topmostAtCenter(handle: ElementHandle<Element>): Promise<boolean> {
  return handle.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    let hit = document.elementFromPoint(x, y);
    // Descend into shadow roots: the document only reports their host.
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit !== null && (hit === element || element.contains(hit));
  });
}

async function openSite(site: Site, lang: 'en' | 'id' = 'en'): Promise<Frame> {
  const opened = await suite.open(site.startUrl(lang));
  const frame = opened.page.mainFrame();
  await site.open(frame, lang);
  await expect.poll(() => panelCount(frame, site.name), POLL).toBe(1);
  return frame;
}

describe.each(sites)('$name panel', (site) => {
  it.each(['en', 'id'] as const)('appears when the composer opens and goes when it closes (%s UI)', async (lang) => {
    const frame = await openSite(site, lang);
    await site.close(frame, lang);
    await expect.poll(() => panelCount(frame, site.name), POLL).toBe(0);
    await site.open(frame, lang);
    await expect.poll(() => panelCount(frame, site.name), POLL).toBe(1);
    // Still exactly one a moment later: no second panel for the same editor.
    await frame.waitForFunction(() => new Promise((resolve) => setTimeout(() => resolve(true), 300)));
    expect(await panelCount(frame, site.name)).toBe(1);
  });

  it('shows the caption length against the limit and follows typing', async () => {
    const frame = await openSite(site);
    const limit = (await shownCount(frame, site.name).then((numbers) => numbers[1])) ?? -1;
    expect(limits[site.name]).toContain(limit);
    await expect.poll(() => shownCount(frame, site.name), POLL).toEqual([site.prefilled.length, limit]);
    await focusEditorEnd(frame, editorCss[site.name]);
    await frame.page().keyboard.type('Halo warga');
    await expect.poll(() => shownCount(frame, site.name), POLL).toEqual([site.prefilled.length + 10, limit]);
    await frame.page().keyboard.press('Enter');
    await frame.page().keyboard.type('baris 2');
    await expect.poll(() => shownCount(frame, site.name), POLL).toEqual([site.prefilled.length + 18, limit]);
  });

  it('inserts the sample caption exactly once at the caret although the panel had focus', async () => {
    const frame = await openSite(site);
    await focusEditorEnd(frame, editorCss[site.name]);
    await frame.page().keyboard.type('Awal ');
    await expect.poll(() => modelText(frame)).toBe(`${site.prefilled}Awal `);
    const button = await frame.waitForSelector(inPanel(site.name, '[data-action="insert-sample"]'));
    if (!button) throw new Error('no insert-sample button');
    // A user can only click what is on screen and on top (not under the site's modal backdrop).
    expect(await topmostAtCenter(button), 'insert-sample button is visible and not covered by the page').toBe(true);
    await button.click();
    // On TikTok the sample's hashtags are typed and picked from the list one by one: wait for all of it.
    const wanted = samples.map((sample) => `${site.prefilled}Awal ${sample}`);
    await expect.poll(async () => wanted.includes((await modelText(frame)) ?? ''), POLL).toBe(true);
    const text = (await modelText(frame)) ?? '';
    expect(samples.map((sample) => `${site.prefilled}Awal ${sample}`)).toContain(text);
    // The site's own typing still lands in the model, right after the sample.
    await frame.page().keyboard.type(' ok');
    await expect.poll(() => modelText(frame)).toBe(`${text} ok`);
    // And what gets posted is the model with the sample once.
    await site.post(frame, 'en');
    await expect.poll(() => posts(frame), POLL).toEqual([`${text} ok`]);
    await expect.poll(() => panelCount(frame, site.name), POLL).toBe(0);
  });
});

describe('look-alikes and frames', () => {
  it('Facebook: no panel for the comment box or Messenger, one for the composer', async () => {
    const opened = await suite.open(facebookSite.startUrl('en'));
    const frame = opened.page.mainFrame();
    await (await frame.waitForSelector('[aria-label="Write a comment…"]'))?.click();
    await opened.page.keyboard.type('komentar');
    await (await frame.waitForSelector('[aria-label="Message"]'))?.click();
    await opened.page.keyboard.type('pesan');
    await facebookSite.open(frame, 'en');
    await expect.poll(() => panelCount(frame, 'facebook'), POLL).toBe(1);
    await facebookSite.close(frame, 'en');
    await expect.poll(() => panelCount(frame, 'facebook'), POLL).toBe(0);
  });

  it('TikTok: a panel inside the old upload iframe', async () => {
    const opened = await suite.open('https://www.tiktok.com/upload', { fixture: false });
    const frame = await uploadIframe(opened.page);
    await tiktokSite.open(frame, 'en');
    await expect.poll(() => panelCount(frame, 'tiktok'), POLL).toBe(1);
    await expect.poll(() => shownCount(frame, 'tiktok'), POLL).toEqual([tiktokSite.prefilled.length, expect.any(Number)]);
  });
});

describe('extension reloaded with the tab open', () => {
  it('leaves no uncaught errors and the composer keeps working', async () => {
    const frame = await openSite(sites[0]!);
    if (!isFirefox) {
      // A caption with findings: the panel's rows re-render, with their strings, on every keystroke.
      await focusEditorEnd(frame, editorCss.instagram);
      await frame.page().keyboard.type('Warga dihimbau untuk antri.');
      await frame.waitForSelector(inPanel('instagram', 'li.finding'), { timeout: 15_000 });
    }
    await reloadExtension(suite.browser());
    if (isFirefox) {
      // Firefox runs the new content script in the open tab: it clears the old script's dead panel
      // and attaches its own, which follows typing.
      await focusEditorEnd(frame, editorCss.instagram);
      await frame.page().keyboard.type('setelah reload');
      await expect.poll(() => modelText(frame)).toBe('setelah reload');
      await expect.poll(() => shownCount(frame, 'instagram'), POLL).toEqual(['setelah reload'.length, 2200]);
      expect(await panelCount(frame, 'instagram')).toBe(1);
      return;
    }
    // The admin types on at once: the orphaned script notices only at its next ask (every 1.5 s),
    // and until then its panel renders each keystroke without calling the dead extension.
    await frame.page().keyboard.type(' Setelah reload.');
    await expect.poll(() => modelText(frame)).toBe('Warga dihimbau untuk antri. Setelah reload.');
    // An orphaned content script takes its panel away instead of acting on a dead extension.
    await expect.poll(() => panelCount(frame, 'instagram'), POLL).toBe(0);
    await focusEditorEnd(frame, editorCss.instagram);
    await frame.page().keyboard.type(' Lagi.');
    await expect.poll(() => modelText(frame)).toBe('Warga dihimbau untuk antri. Setelah reload. Lagi.');
  });
});
