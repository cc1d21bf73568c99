/**
 * The prompt's keyboard path on every composer, with the keyboard only: Enter on the Post button
 * brings the prompt, Enter on "Perbaiki dulu" lands on the first problem's row in the panel, Esc
 * goes back to the composer with the caret where it was, and Tab + Enter on "Posting saja" posts once.
 */
import { describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer';
import { inPanel } from './harness/browser';
import { browserSuite } from './harness/suite';
import { editorCss, modelText, posts, sites } from './harness/sites';
import type { Site } from './harness/sites';

const suite = browserSuite({ extension: true });
const POLL = { timeout: 15_000, interval: 100 };
// A citizen's NIK (an error) and a spelling warning before it: the error's row is the one to land on.
const CAPTION = 'Ijin keramaian untuk warga NIK 3404011203850001 sudah terbit.';

/** What has focus, looking into the panel's shadow root. */
async function focused(frame: Frame, platform: string): Promise<{ where: 'panel' | 'editor' | 'other'; rule: string | null; severity: string | null; action: string | null }> {
  return frame.evaluate(
    (p: string, editor: string) => {
      const host = document.querySelector(`[data-saring="panel"][data-platform="${p}"]`);
      const inner = host?.shadowRoot?.activeElement ?? null;
      if (document.activeElement === host && inner) {
        return { where: 'panel' as const, rule: inner.getAttribute('data-rule-id'), severity: inner.getAttribute('data-severity'), action: inner.getAttribute('data-action') };
      }
      const ed = document.querySelector(editor);
      return { where: ed && ed.contains(document.activeElement) ? ('editor' as const) : ('other' as const), rule: null, severity: null, action: null };
    },
    platform,
    editorCss[platform as Site['name']],
  );
}

/** Moves focus to the Post button as Tab would, without a mouse. */
async function focusPost(frame: Frame, site: Site): Promise<void> {
  await frame.evaluate((label: string) => {
    const post = [...document.querySelectorAll<HTMLElement>('button, [role="button"]')].find(
      (el) => el.getAttribute('aria-label') === label || el.textContent?.trim() === label,
    );
    post?.focus();
  }, site.postLabel('id'));
}

describe.each(sites)('$name, keyboard only', (site) => {
  it('Enter → prompt → "Perbaiki dulu" on the first problem → Esc to the composer → post anyway', async () => {
    const opened = await suite.open(site.startUrl('id'));
    const frame = opened.page.mainFrame();
    const keyboard = opened.page.keyboard;
    await site.open(frame, 'id');
    await frame.waitForSelector(inPanel(site.name, '[data-saring="char-count"]'), { timeout: 15_000 });
    await frame.$eval(editorCss[site.name], (el) => (el as HTMLElement).focus());
    await keyboard.down('Control');
    await keyboard.press('KeyA');
    await keyboard.up('Control');
    await keyboard.press('Backspace');
    await keyboard.type(CAPTION);
    await expect.poll(() => modelText(frame), POLL).toBe(CAPTION);
    await frame.waitForSelector(inPanel(site.name, '.finding[data-rule-id="personal-nik"]'), { timeout: 15_000 });

    await focusPost(frame, site);
    await keyboard.press('Enter');
    await frame.waitForSelector(inPanel(site.name, '[data-saring="prompt"]'), { timeout: 15_000 });
    await expect.poll(() => focused(frame, site.name), POLL).toMatchObject({ where: 'panel', action: 'fix-first' });

    await keyboard.press('Enter');
    await frame.waitForSelector(inPanel(site.name, '[data-saring="prompt"]'), { hidden: true });
    await expect.poll(() => focused(frame, site.name), POLL).toEqual({ where: 'panel', rule: 'personal-nik', severity: 'error', action: null });

    await keyboard.press('Escape');
    await expect.poll(() => focused(frame, site.name), POLL).toMatchObject({ where: 'editor' });
    // The caret came back where the admin left it: typing continues the caption.
    await keyboard.type(' Ok');
    await expect.poll(() => modelText(frame), POLL).toBe(`${CAPTION} Ok`);
    expect(await posts(frame)).toEqual([]);

    await focusPost(frame, site);
    await keyboard.press('Enter');
    await frame.waitForSelector(inPanel(site.name, '[data-saring="prompt"]'), { timeout: 15_000 });
    await expect.poll(() => focused(frame, site.name), POLL).toMatchObject({ where: 'panel', action: 'fix-first' });
    await keyboard.press('Tab');
    await expect.poll(() => focused(frame, site.name), POLL).toMatchObject({ action: 'post-anyway' });
    await keyboard.press('Enter');
    await expect.poll(() => posts(frame), POLL).toEqual([`${CAPTION} Ok`]);
  });
});
