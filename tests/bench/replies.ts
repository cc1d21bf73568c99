/**
 * Typing in a reply box with the reply button's popover open, on a post with 200 comments on
 * screen (issue 18): keystroke → the popover's length and findings updated and painted.
 */
import type { Browser } from 'puppeteer';
import { openPage } from '../harness/browser';

type Figures = Record<string, number | string>;

const PAGES = {
  facebook: { url: 'https://www.facebook.com/pemkabcontoh/posts/1?lang=id&comments=200', box: '[data-box="comment"]' },
  instagram: { url: 'https://www.instagram.com/p/abc/?lang=id&comments=200', box: 'textarea' },
  tiktok: { url: 'https://www.tiktok.com/@pemkabcontoh/video/1?lang=id&comments=200', box: '[data-e2e="comment-input"] [contenteditable="true"]' },
} as const;

export async function benchReplies(browser: Browser, stats: { median(v: number[]): number; p95(v: number[]): number }): Promise<Figures> {
  const figures: Figures = {};
  for (const [platform, { url, box }] of Object.entries(PAGES)) {
    const { page } = await openPage(browser, url);
    await page.evaluate('globalThis.__name = (fn) => fn');
    await page.waitForSelector('[data-saring="reply"]', { timeout: 15_000 });
    // The box sits below 200 comments: bring it (and the button placed beside it) into view.
    await page.$eval(box, (element) => element.scrollIntoView({ block: 'center' }));
    const index = await page.waitForFunction(
      (css: string) => {
        const rect = (document.querySelector(css)?.closest('form, [data-e2e="comment-input"]') ?? document.querySelector(css))?.getBoundingClientRect();
        const found = [...document.querySelectorAll('[data-saring="reply"]')].findIndex((h) => {
          const b = h.shadowRoot?.querySelector('[data-action="open-reply"]')?.getBoundingClientRect();
          return rect !== undefined && b !== undefined && b.width > 0 && b.top + b.height / 2 >= rect.top - 2 && b.top + b.height / 2 <= rect.bottom + 2;
        });
        return found >= 0 ? found + 1 : 0;
      },
      { timeout: 15_000 },
      box,
    );
    const host = (await page.$$('[data-saring="reply"]'))[((await index.jsonValue()) as number) - 1];
    await (await host?.waitForSelector('>>> [data-action="open-reply"]', { visible: true }))?.click();
    await host?.waitForSelector('>>> [data-saring="reply-length"]');
    const editor = await page.waitForSelector(box);
    await editor?.click();
    await page.keyboard.type('Terima kasih, aduan Anda sudah kami terima dan kami teruskan ke ');
    const times: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      await page.evaluate(() => {
        const w = window as unknown as { __key?: Promise<number> };
        const shadow = [...document.querySelectorAll('[data-saring="reply"]')].find((h) => h.shadowRoot?.querySelector('[data-saring="reply-length"]'))?.shadowRoot;
        const counter = shadow?.querySelector('[data-saring="reply-length"]');
        const before = counter?.textContent ?? '';
        w.__key = new Promise<number>((resolve) => {
          let start = 0;
          window.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (start && counter?.textContent !== before) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          if (shadow) observer.observe(shadow, { childList: true, subtree: true, characterData: true });
        });
      });
      await page.keyboard.press('a');
      times.push(await page.evaluate(() => (window as unknown as { __key: Promise<number> }).__key));
    }
    figures[`${platform}: keystroke → findings in a reply box, 200 comments on screen, median ms (budget 16)`] = stats.median(times);
    figures[`${platform}: keystroke → findings in a reply box, 200 comments on screen, p95 ms`] = stats.p95(times);
    await page.close();
  }
  return figures;
}
