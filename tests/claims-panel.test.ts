/**
 * Debunked claims beside the composers (issue 16), through the one background path every panel
 * uses (`checks:deep`, hoax-claim is a deep rule): a caption restating a listed claim gets its
 * finding, and a Post clicked right after the last keystroke, before the debounced answer came, is
 * still stopped by it (the guard holds the click and asks at once); a clean caption clicked as fast
 * still goes out.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { inPanel } from './harness/browser';
import { browserSuite } from './harness/suite';
import { editorCss, modelText, posts, sites } from './harness/sites';
import type { Site } from './harness/sites';

const suite = browserSuite({ extension: true });
const POLL = { timeout: 15_000, interval: 100 };
/** A forwarded rewording of a claim in the built-in pack's starter list (the microchip vaccine). */
const CLAIM = 'Waspada! suntikan vaksin covid dipakai untuk memasang microchip di tubuh supaya penduduk bisa dikontrol total';
const CLEAN = 'Jadwal posyandu balita bulan Desember di balai desa.';

async function retype(page: Page, frame: Frame, site: Site, text: string): Promise<void> {
  await frame.$eval(editorCss[site.name], (el) => (el as HTMLElement).focus());
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Rule ids of the prompt's rows, or null while no prompt shows (polled: it is in a shadow root). */
async function promptRules(frame: Frame, site: Site): Promise<string[] | null> {
  if ((await frame.$(inPanel(site.name, '[data-saring="prompt"]'))) === null) return null;
  return frame.$$eval(inPanel(site.name, '[data-saring="prompt"] li[data-rule-id]'), (rows) => rows.map((row) => row.getAttribute('data-rule-id') ?? ''));
}

describe.each(sites)('$name: debunked claims', (site: Site) => {
  it('a claim typed and posted at once: the prompt names it, nothing goes out, the panel lists it', async () => {
    const { page } = await suite.open(site.startUrl('id'));
    const frame = page.mainFrame();
    await site.open(frame, 'id');
    await frame.waitForSelector(inPanel(site.name, '[data-saring="char-count"]'), { timeout: 15_000 });
    await retype(page, frame, site, CLAIM);
    // Straight after the last keystroke: the debounced deep check has not answered yet.
    await site.post(frame, 'id');
    await expect.poll(() => promptRules(frame, site), POLL).toContain('hoax-claim');
    expect(await frame.$(inPanel(site.name, '[data-saring="prompt"] [data-saring="evidence"]'))).not.toBeNull();
    expect(await posts(frame)).toEqual([]);
    await expect.poll(async () => (await frame.$(inPanel(site.name, '.finding[data-rule-id="hoax-claim"]'))) !== null, POLL).toBe(true);
  });

  it('a clean caption posted at once goes out, once', async () => {
    const { page } = await suite.open(site.startUrl('id'));
    const frame = page.mainFrame();
    await site.open(frame, 'id');
    await frame.waitForSelector(inPanel(site.name, '[data-saring="char-count"]'), { timeout: 15_000 });
    await retype(page, frame, site, CLEAN);
    await expect.poll(() => modelText(frame), POLL).toBe(CLEAN);
    await site.post(frame, 'id');
    await expect.poll(() => posts(frame), POLL).toEqual([CLEAN]);
    expect(await promptRules(frame, site)).toBeNull();
  });
});
