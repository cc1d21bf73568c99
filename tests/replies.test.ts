/**
 * The reply button on imitation comment boxes of the three sites (issue 18), with the built
 * extension: it appears on the boxes of the institution's posts only (never on a citizen's post,
 * Messenger or DMs), a reply template lands exactly once in the editor's model (Lexical, Draft.js,
 * a React textarea), a public request for a NIK is flagged and its fix rewrites it, the prompt
 * stops a reply with a NIK until "send anyway", and every reply sent is in the journal.
 */
import { describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer';
import { openExtensionPage } from './harness/browser';
import { browserSuite } from './harness/suite';
import { BUILTIN_REPLY_TEMPLATES } from '../lib/templates/library/balasan';
import { initialValues, renderTemplate } from '../lib/templates/render';
import { EXAMPLE_PROFILE } from '../lib/presets/default-pack/profile';
import { DEFAULT_LIMITS } from '../lib/checks/defaults';
import { directMessageAnswer } from '../lib/checks/deep/data-request';
import type { JournalEntry } from '../lib/messaging/protocol';

const suite = browserSuite({ extension: true });
const POLL = { timeout: 15_000, interval: 100 };
type SiteName = 'facebook' | 'instagram' | 'tiktok';

/** Each site's institution post and the CSS of its reply box there. */
const boxes: Record<SiteName, { url: string; box: string; name: string }> = {
  facebook: { url: 'https://www.facebook.com/pemkabcontoh/posts/1', box: '[data-box="comment"]', name: 'comment' },
  instagram: { url: 'https://www.instagram.com/p/abc/', box: 'textarea', name: 'comment' },
  tiktok: { url: 'https://www.tiktok.com/@pemkabcontoh/video/1', box: '[data-e2e="comment-input"] [contenteditable="true"]', name: 'comment' },
};
const SITES = Object.keys(boxes) as SiteName[];

const replyHosts = (page: Page) => page.$$('[data-saring="reply"]');

async function modelOf(page: Page, name: string): Promise<string> {
  return page.evaluate((box: string) => globalThis.__fixture?.otherModelTexts()[box] ?? '', name);
}

async function sentReplies(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(globalThis.__fixture?.posts ?? [])]);
}

/** The reply host whose button sits beside the box (hosts are placed at the box's right edge). */
async function hostBeside(page: Page, boxCss: string): Promise<ElementHandle<Element>> {
  await page.waitForFunction(
    (css: string) => {
      const box = document.querySelector(css)?.closest('form, [data-e2e="comment-input"]') ?? document.querySelector(css);
      if (!box) return false;
      const rect = box.getBoundingClientRect();
      return [...document.querySelectorAll('[data-saring="reply"]')].some((host) => {
        const button = host.shadowRoot?.querySelector('[data-action="open-reply"]')?.getBoundingClientRect();
        return button !== undefined && button.width > 0 && button.top + button.height / 2 >= rect.top - 2 && button.top + button.height / 2 <= rect.bottom + 2;
      });
    },
    POLL,
    boxCss,
  );
  const index = await page.evaluate((css: string) => {
    const box = document.querySelector(css)?.closest('form, [data-e2e="comment-input"]') ?? document.querySelector(css);
    const rect = box?.getBoundingClientRect();
    return [...document.querySelectorAll('[data-saring="reply"]')].findIndex((host) => {
      const button = host.shadowRoot?.querySelector('[data-action="open-reply"]')?.getBoundingClientRect();
      return rect !== undefined && button !== undefined && button.top + button.height / 2 >= rect.top - 2 && button.top + button.height / 2 <= rect.bottom + 2;
    });
  }, boxCss);
  const host = (await replyHosts(page))[index];
  if (!host) throw new Error(`no reply host beside ${boxCss}`);
  return host;
}

async function inHost(host: ElementHandle<Element>, css: string): Promise<ElementHandle<Element>> {
  for (let tries = 0; tries < 150; tries++) {
    const found = await host.$(`>>> ${css}`);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing matches ${css} in the reply host`);
}

async function typeInto(page: Page, boxCss: string, text: string): Promise<void> {
  const box = await page.waitForSelector(boxCss);
  await box?.click();
  await page.keyboard.type(text);
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

async function journalReplies(): Promise<JournalEntry[]> {
  const { page } = await openExtensionPage(suite.browser(), 'report.html');
  try {
    const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ saring: 1, type: 'journal:list', payload: {} }))) as { ok: boolean; data: JournalEntry[] };
    return reply.data.filter((entry) => entry.kind === 'reply');
  } finally {
    await page.close();
  }
}

describe('where the reply button appears', () => {
  it('on the Facebook boxes of the institution’s posts, not on a citizen’s post or Messenger', async () => {
    for (const lang of ['', '?lang=id']) {
      const { page } = await suite.open(`https://www.facebook.com/pemkabcontoh/posts/1${lang}`);
      for (const box of ['[data-box="comment"]', '[data-box="reply"]', '[data-box="public"]']) await hostBeside(page, box);
      const hosts = await replyHosts(page);
      expect(hosts.length).toBe(3);
      for (const host of hosts) expect(await host.evaluate((h) => (h as HTMLElement).dataset.platform)).toBe('facebook');
      // The post panel never takes a comment box.
      expect(await page.$$('[data-saring="panel"]')).toHaveLength(0);
    }
  });

  it.each([
    ['instagram', 'https://www.instagram.com/p/abc/', 'textarea'],
    ['tiktok', 'https://www.tiktok.com/@pemkabcontoh/video/1', '[data-e2e="comment-input"] [contenteditable="true"]'],
  ] as const)('on the %s comment box of the institution’s post', async (platform, url, box) => {
    for (const lang of ['', '?lang=id']) {
      const { page } = await suite.open(`${url}${lang}`);
      const host = await hostBeside(page, box);
      expect(await host.evaluate((h) => (h as HTMLElement).dataset.platform)).toBe(platform);
      expect(await replyHosts(page)).toHaveLength(1);
    }
  });

  it.each([
    'https://www.instagram.com/p/other/',
    'https://www.instagram.com/direct/t/1',
    'https://www.facebook.com/messages/t/1',
    'https://www.tiktok.com/@warga.biasa/video/2',
    'https://www.tiktok.com/messages',
  ])('never on %s', async (url) => {
    const { page } = await suite.open(url);
    // Absence needs a bound: the content script scans within 50 ms of load; allow far more.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await replyHosts(page)).toHaveLength(0);
  });
});

describe('in the comment box', () => {
  const template = BUILTIN_REPLY_TEMPLATES.find((x) => x.id === 'balasan-kirim-dm');
  if (!template) throw new Error('balasan-kirim-dm is missing');

  it.each(SITES)('a reply template inserts exactly once into the %s editor model', async (platform) => {
    const { url, box, name } = boxes[platform];
    const { page } = await suite.open(url);
    const host = await hostBeside(page, box);
    await (await inHost(host, '[data-action="open-reply"]')).click();
    await (await inHost(host, '[data-action="open-templates"]')).click();
    await (await inHost(host, `[data-template-id="${template.id}"]`)).click();
    await (await inHost(host, '[data-action="insert-template"]')).click();
    const expected = renderTemplate(template, {
      platform,
      values: initialValues(template, new Date(), EXAMPLE_PROFILE.timeZone),
      profile: EXAMPLE_PROFILE,
      now: new Date(),
      linksClickable: DEFAULT_LIMITS[platform].linksClickable,
    }).text;
    await page.waitForFunction((n: string, want: string) => globalThis.__fixture?.otherModelTexts()[n] === want, POLL, name, expected);
    // Settled: still once, a moment later.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await modelOf(page, name)).toBe(expected);
  });

  it.each(SITES)('a public request for a NIK is flagged on %s and the fix rewrites it to the direct-message answer', async (platform) => {
    const { url, box, name } = boxes[platform];
    const { page } = await suite.open(url);
    const host = await hostBeside(page, box);
    const request = 'Silakan kirim NIK di kolom komentar.';
    await typeInto(page, box, request);
    await page.waitForFunction((n: string, want: string) => globalThis.__fixture?.otherModelTexts()[n] === want, POLL, name, request);
    await (await inHost(host, '[data-action="open-reply"]')).click();
    const fix = await inHost(host, '[data-rule-id="personal-data-request"][data-severity="error"] [data-action="apply-fix"]');
    await fix.click();
    await page.waitForFunction((n: string, want: string) => globalThis.__fixture?.otherModelTexts()[n] === want, POLL, name, directMessageAnswer(EXAMPLE_PROFILE));
  });

  it.each(SITES)('the prompt stops a reply with a NIK on %s until "send anyway", and the journal records it', async (platform) => {
    const { url, box, name } = boxes[platform];
    const { page } = await suite.open(url);
    const host = await hostBeside(page, box);
    const before = (await journalReplies()).length;
    const text = 'Data NIK 3404121205950001 sudah kami terima';
    await typeInto(page, box, text);
    await page.waitForFunction((n: string, want: string) => globalThis.__fixture?.otherModelTexts()[n] === want, POLL, name, text);
    await page.keyboard.press('Enter');
    await inHost(host, '[data-saring="prompt"]');
    expect(await sentReplies(page)).toEqual([]);
    expect(await modelOf(page, name)).toBe(text);
    await (await inHost(host, '[data-action="post-anyway"]')).click();
    await page.waitForFunction((want: string) => globalThis.__fixture?.posts.includes(want) === true, POLL, `${name}:${text}`);
    expect(await sentReplies(page)).toEqual([`${name}:${text}`]);
    await expect.poll(async () => (await journalReplies()).length, POLL).toBe(before + 1);
    const entry = (await journalReplies()).sort((a, b) => b.postedAt - a.postedAt)[0];
    expect(entry).toMatchObject({ kind: 'reply', platform, profileId: EXAMPLE_PROFILE.id, overridden: true, firstLine: '', templateId: null });
    expect(entry?.caption).toBeUndefined();
    expect(entry?.findingsLeft.map((f) => f.ruleId)).toContain('personal-nik');
  });

  it.each(SITES)('an ordinary reply on %s goes out on Enter at once and is journalled with its template', async (platform) => {
    const { url, box, name } = boxes[platform];
    const { page } = await suite.open(url);
    const host = await hostBeside(page, box);
    const apresiasi = BUILTIN_REPLY_TEMPLATES.find((x) => x.id === 'balasan-apresiasi');
    if (!apresiasi) throw new Error('balasan-apresiasi is missing');
    await (await inHost(host, '[data-action="open-reply"]')).click();
    await (await inHost(host, '[data-action="open-templates"]')).click();
    await (await inHost(host, `[data-template-id="${apresiasi.id}"]`)).click();
    await (await inHost(host, '[data-action="insert-template"]')).click();
    await page.waitForFunction((n: string) => (globalThis.__fixture?.otherModelTexts()[n] ?? '').startsWith('Terima kasih atas apresiasinya'), POLL, name);
    const before = (await journalReplies()).length;
    await (await page.waitForSelector(box))?.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n: string) => globalThis.__fixture?.posts.some((p) => p.startsWith(`${n}:Terima kasih atas apresiasinya`)) === true, POLL, name);
    expect(await host.$('>>> [data-saring="prompt"]')).toBeNull();
    await expect.poll(async () => (await journalReplies()).length, POLL).toBe(before + 1);
    const entry = (await journalReplies()).sort((a, b) => b.postedAt - a.postedAt)[0];
    expect(entry).toMatchObject({ kind: 'reply', platform, templateId: 'balasan-apresiasi', overridden: false, findingsLeft: [] });
  });
});
