/**
 * Meta-test for lib/platforms/selectors.ts: every site selector names a fixture page of its own
 * site AND a dated public source (selector-sources.ts), matches in that fixture page, and none
 * relies on a generated class name.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allSelectors, type SiteSelector } from '../lib/platforms/selectors';
import { SOURCES } from '../lib/platforms/selector-sources';
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

const HOST_OF_GROUP: Record<string, string> = {
  instagram: 'www.instagram.com',
  facebook: 'www.facebook.com',
  business: 'business.facebook.com',
  tiktok: 'www.tiktok.com',
};

/** What is wrong with an entry's proof: no fixture of its own site, an unknown source, no valid date. */
function proofProblems(group: string, entry: Partial<SiteSelector>, today = new Date()): string[] {
  const problems: string[] = [];
  const site = HOST_OF_GROUP[group.split('.')[0] ?? ''];
  let host: string | null = null;
  try {
    host = entry.fixture ? new URL(entry.fixture).hostname : null;
  } catch {
    host = null;
  }
  if (!host) problems.push('no fixture');
  else if (host !== site) problems.push(`fixture on ${host}, not ${site ?? 'a known site'}`);
  if (!entry.source || !Object.hasOwn(SOURCES, entry.source)) problems.push('no known source');
  const seen = /^(\d{4})-(\d{2})-(\d{2})$/.exec(entry.seen ?? '');
  const day = seen ? new Date(`${entry.seen}T00:00:00Z`) : null;
  if (!seen || !day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== entry.seen) problems.push('no valid date last seen');
  else if (day.getTime() > today.getTime() || day.getUTCFullYear() < 2020) problems.push(`date ${entry.seen} out of range`);
  return problems;
}
const fixtures = [...new Set(entries.map((entry) => entry.fixture))];

describe('site selectors', () => {
  it('use only structure, roles, aria-* and data-* attributes (class names only Draft.js public ones and TikTok\'s suggestion list)', () => {
    for (const entry of entries) {
      const classes = entry.css.match(/\.[\w-]+/g) ?? [];
      // .mention-list-popover: the name every public TikTok Studio automation uses for the list.
      for (const name of classes) expect(name, `${entry.group}: ${entry.css}`).toMatch(/^\.(public-Draft|Draft|mention-list-popover$)/);
    }
  });

  it('each name a fixture page of their own site and a dated public source', () => {
    const problems = entries.flatMap((entry) => proofProblems(entry.group, entry).map((problem) => `${entry.group} ${entry.css}: ${problem}`));
    expect(problems).toEqual([]);
    for (const source of Object.values(SOURCES)) expect(source.where.length).toBeGreaterThan(10);
  });

  it('the proof check fails an entry without a fixture, a source or a date', () => {
    const good = { css: 'div', fixture: 'https://www.facebook.com/', source: 'ref2026', seen: '2026-12-01' } as const;
    expect(proofProblems('facebook.editor', good, new Date('2026-12-02'))).toEqual([]);
    expect(proofProblems('facebook.editor', { ...good, fixture: undefined })).toEqual(['no fixture']);
    expect(proofProblems('business.editor', good)).toEqual(['fixture on www.facebook.com, not business.facebook.com']);
    expect(proofProblems('facebook.editor', { ...good, source: undefined })).toEqual(['no known source']);
    expect(proofProblems('facebook.editor', { ...good, source: 'a blog somewhere' as never })).toEqual(['no known source']);
    expect(proofProblems('facebook.editor', { ...good, seen: undefined })).toEqual(['no valid date last seen']);
    expect(proofProblems('facebook.editor', { ...good, seen: '2026-02-30' })).toEqual(['no valid date last seen']);
    expect(proofProblems('facebook.editor', { ...good, seen: '2027-01-01' }, new Date('2026-12-02'))).toEqual(['date 2027-01-01 out of range']);
  });

  it('keep old and new markup side by side where a site changed it', () => {
    for (const group of ['instagram.caption', 'facebook.dialog', 'facebook.composerLabel']) {
      const eras = new Set((allSelectors[group] ?? []).map((entry) => entry.era));
      expect(eras, group).toEqual(new Set(['old', 'new', ...(eras.has(undefined) ? [undefined] : [])]));
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
