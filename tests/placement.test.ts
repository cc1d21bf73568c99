/**
 * The opened panel never covers what the admin is writing: at the four common laptop and desktop
 * sizes, on every composer of the harness's site list (new sites join automatically), the panel's
 * rectangle does not intersect the caption editor's nor the Share/Post button's, and it is on screen.
 */
import { describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer';
import { inPanel } from './harness/browser';
import { browserSuite } from './harness/suite';
import { businessSite, editorCss, sites } from './harness/sites';
import type { Site } from './harness/sites';

const suite = browserSuite({ extension: true });
const POLL = { timeout: 15_000, interval: 150 };
const SIZES = [
  [1280, 720],
  [1366, 768],
  [1536, 864],
  [1920, 1080],
] as const;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The panel's box, the editor's and the Post button's, as the page lays them out. */
async function boxes(frame: Frame, site: Site, lang: 'en' | 'id'): Promise<{ panel: Box | null; editor: Box | null; post: Box | null; viewport: { width: number; height: number } }> {
  return frame.evaluate(
    (platform: string, editor: string, postLabel: string) => {
      const plain = (el: Element | null | undefined) => {
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      const host = document.querySelector(`[data-saring="panel"][data-platform="${platform}"]`);
      const body = host?.shadowRoot?.querySelector('[data-saring="panel-body"]');
      const post = [...document.querySelectorAll('button, [role="button"]')].find(
        (el) => el.getAttribute('aria-label') === postLabel || el.textContent?.trim() === postLabel,
      );
      return { panel: plain(body), editor: plain(document.querySelector(editor)), post: plain(post), viewport: { width: innerWidth, height: innerHeight } };
    },
    site.name,
    editorCss[site.name],
    site.postLabel(lang),
  );
}

describe.each(sites)('$name: the open panel leaves the caption and the Post button free', (site) => {
  it.each(SIZES)('at %i×%i', async (width, height) => {
    const lang = 'id';
    const opened = await suite.open(site.startUrl(lang));
    await opened.page.setViewport({ width, height });
    const frame = opened.page.mainFrame();
    await site.open(frame, lang);
    // It opens by itself: where there is no room beside, over what the admin does not need.
    await frame.waitForSelector(inPanel(site.name, '[data-saring="panel-body"]'), { timeout: 15_000 });
    let last = '';
    await expect
      .poll(async () => {
        const now = JSON.stringify(await boxes(frame, site, lang));
        const settled = now === last;
        last = now;
        return settled;
      }, POLL)
      .toBe(true);
    const { panel, editor, post, viewport } = await boxes(frame, site, lang);
    if (!panel || !editor || !post) throw new Error(`missing box: ${JSON.stringify({ panel, editor, post })}`);
    expect(panel.right - panel.left).toBeGreaterThanOrEqual(240);
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.right).toBeLessThanOrEqual(viewport.width);
    expect(panel.top).toBeGreaterThanOrEqual(0);
    expect(intersects(panel, editor), `panel ${JSON.stringify(panel)} covers the editor ${JSON.stringify(editor)}`).toBe(false);
    expect(intersects(panel, post), `panel ${JSON.stringify(panel)} covers the Post button ${JSON.stringify(post)}`).toBe(false);
  });
});

// Business Suite is a full-page composer, not one of the dialog sites above: the panel opens beside
// its column (not collapsed), clear of the caption editor and of Publish and Schedule in the footer.
describe('Meta Business Suite: the open panel leaves the caption, Publish and Schedule free', () => {
  it.each(SIZES)('at %i×%i', async (width, height) => {
    const opened = await suite.open(businessSite.startUrl('id'));
    await opened.page.setViewport({ width, height });
    const frame = opened.page.mainFrame();
    await frame.waitForSelector('[data-saring="panel"] >>> [data-saring="panel-body"]', { timeout: 15_000 });
    const measure = () =>
      frame.evaluate((editorCss: string) => {
        const plain = (el: Element | null | undefined) => {
          if (!el) return null;
          const r = el.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        };
        const body = document.querySelector('[data-saring="panel"]')?.shadowRoot?.querySelector('[data-saring="panel-body"]');
        const buttons = [...document.querySelectorAll('.bs-footer [role="button"]')].map(plain);
        return { panel: plain(body), editor: plain(document.querySelector(editorCss)), buttons, viewport: { width: innerWidth, height: innerHeight } };
      }, businessSite.editorCss);
    let last = '';
    await expect
      .poll(async () => {
        const now = JSON.stringify(await measure());
        const settled = now === last;
        last = now;
        return settled;
      }, POLL)
      .toBe(true);
    const { panel, editor, buttons, viewport } = await measure();
    if (!panel || !editor || buttons.length !== 2 || buttons.some((b) => !b)) throw new Error(`missing box: ${JSON.stringify({ panel, editor, buttons })}`);
    expect(panel.right - panel.left).toBeGreaterThanOrEqual(240);
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.right).toBeLessThanOrEqual(viewport.width);
    expect(panel.top).toBeGreaterThanOrEqual(0);
    expect(intersects(panel, editor), `panel ${JSON.stringify(panel)} covers the editor ${JSON.stringify(editor)}`).toBe(false);
    for (const button of buttons) expect(intersects(panel, button as Box), `panel ${JSON.stringify(panel)} covers ${JSON.stringify(button)}`).toBe(false);
  });
});
