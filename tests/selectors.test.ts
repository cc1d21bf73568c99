/**
 * Meta-test for lib/platforms/selectors.ts: every site selector matches in the fixture page it
 * names, and none relies on a generated class name.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allSelectors, type SiteSelector } from '../lib/platforms/selectors';
import { launchBrowser, openPage, type LaunchedBrowser } from './harness/browser';

const port = inject('fixturePort');
let launched: LaunchedBrowser;

beforeAll(async () => {
  launched = await launchBrowser({ port, extension: false });
});
afterAll(async () => {
  await launched.close();
});

const entries: Array<{ group: string } & SiteSelector> = Object.entries(allSelectors).flatMap(([group, list]) => list.map((entry) => ({ group, ...entry })));
const fixtures = [...new Set(entries.map((entry) => entry.fixture))];

describe('site selectors', () => {
  it('use only structure, roles, aria-* and data-* attributes (class names only Draft.js public ones and TikTok\'s suggestion list)', () => {
    for (const entry of entries) {
      const classes = entry.css.match(/\.[\w-]+/g) ?? [];
      // .mention-list-popover: the name every public TikTok Studio automation uses for the list.
      for (const name of classes) expect(name, `${entry.group}: ${entry.css}`).toMatch(/^\.(public-Draft|Draft|mention-list-popover$)/);
    }
  });

  it('each name a fixture page of their own site', () => {
    for (const entry of entries) {
      const host = new URL(entry.fixture).hostname;
      expect(host, entry.group).toBe(`www.${entry.group.split('.')[0]}.com`);
    }
  });

  it.each(fixtures)('match in their fixture %s', async (fixture) => {
    const { page, errors } = await openPage(launched.browser, fixture, { fixture: false });
    // Pages with an app root are ready when their main-world hook says so; the old TikTok upload
    // page is static apart from its iframe.
    await page.waitForFunction(() => !document.getElementById('root') || globalThis.__fixture?.ready === true);
    const mine = entries.filter((entry) => entry.fixture === fixture);
    const counts = await page.evaluate(
      (list: Array<{ css: string; text?: string }>) =>
        list.map(({ css, text }) => [...document.querySelectorAll(css)].filter((element) => text === undefined || element.textContent?.trim() === text).length),
      mine.map(({ css, text }) => (text === undefined ? { css } : { css, text })),
    );
    mine.forEach((entry, index) => expect(counts[index], `${entry.group}: ${entry.css} ${entry.text ?? ''}`).toBeGreaterThan(0));
    await page.close();
    expect(errors).toEqual([]);
  });
});
