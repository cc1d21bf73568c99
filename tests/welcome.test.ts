/**
 * A new admin's first minute: the install opens the welcome page, the panel says Saring is not set
 * up (and does not check against the example institution), and after the form the panel checks the
 * caption against the institution they typed in.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { extensionTab, inPanel } from './harness/browser';
import { browserSuite } from './harness/suite';
import { editorCss, focusEditorEnd, instagramSite } from './harness/sites';

const suite = browserSuite({ extension: true, welcome: true });
const POLL = { timeout: 15_000, interval: 100 };

async function welcomePage(): Promise<Page> {
  const page = await extensionTab(suite.browser(), 'welcome.html', 20_000);
  if (!page) throw new Error('the install opened no welcome tab within 20 s');
  await page.waitForSelector('[data-saring="welcome"]');
  return page;
}

async function ruleIds(frame: Frame): Promise<string[]> {
  const rows = await frame.$$(inPanel('instagram', '.finding'));
  return Promise.all(rows.map((row) => row.evaluate((element) => element.getAttribute('data-rule-id') ?? '')));
}

async function openInstagram(): Promise<Frame> {
  const opened = await suite.open(instagramSite.startUrl('id'));
  const frame = opened.page.mainFrame();
  await instagramSite.open(frame, 'id');
  await frame.waitForSelector(inPanel('instagram', '[data-saring="char-count"]'), { timeout: 15_000 });
  return frame;
}

describe('first run', () => {
  it('opens the welcome page, and the panel asks for set-up instead of checking the example', async () => {
    const welcome = await welcomePage();
    // The test browser prefers English; choosing Indonesian here is the one setting for every page.
    await expect.poll(() => welcome.$eval('h1', (h) => h.textContent), POLL).toBe('Welcome to Saring');
    await welcome.select('[name="language"]', 'id');
    await expect.poll(() => welcome.$eval('h1', (h) => h.textContent), POLL).toBe('Selamat datang di Saring');
    expect(await welcome.$eval('[data-saring="welcome"]', (root) => root.getAttribute('lang'))).toBe('id');

    const frame = await openInstagram();
    // Collapsed or not, the expand button shows the body; the setup notice is there.
    const expand = await frame.$(inPanel('instagram', '[data-action="expand"]'));
    await expand?.click();
    const notice = await frame.waitForSelector(inPanel('instagram', '[data-saring="setup-needed"]'), { timeout: 15_000 });
    expect(await notice?.evaluate((n) => n.textContent)).toContain('Saring belum disiapkan');
    await focusEditorEnd(frame, editorCss.instagram);
    await frame.page().keyboard.type('Halo warga, jadwal posyandu besok. #Posyandu');
    // Spelling and the rest still run; nothing is checked against "Pemerintah Kabupaten Contoh".
    await frame.page().keyboard.type(' ijin');
    await expect.poll(() => ruleIds(frame), POLL).toContain('spelling');
    expect(await ruleIds(frame)).not.toContain('hashtag-required');

    // The set-up, with the keyboard's help only where a person would type.
    await welcome.bringToFront();
    await welcome.type('[name="officialName"]', 'Dinas Kesehatan Kota Bogor');
    await welcome.type('[name="shortNames"]', 'Dinkes Bogor');
    await welcome.type('[name="instagram"]', '@dinkeskotabogor');
    await welcome.type('[name="hashtags"]', '#BogorSehat');
    await welcome.click('[data-action="welcome-save"]');
    await welcome.waitForSelector('[data-testid="welcome-done"]', { timeout: 15_000 });
    expect(await welcome.$eval('[data-testid="welcome-done"] [role="status"]', (p) => p.textContent)).toBe('Tersimpan: Dinas Kesehatan Kota Bogor.');

    // The open panel now checks against the new institution: its required tag is missing.
    await frame.page().bringToFront();
    await expect.poll(() => ruleIds(frame), POLL).toContain('hashtag-required');
    expect(await frame.$(inPanel('instagram', '[data-saring="setup-needed"]'))).toBeNull();
    const required = await frame.$eval(inPanel('instagram', '[data-rule-id="hashtag-required"]'), (row) => row.textContent ?? '');
    expect(required).toContain('BogorSehat');
    await welcome.close();
  });
});
