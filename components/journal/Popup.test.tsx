// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { uiLang } from '../../lib/i18n';
import type { ActivityRow } from '../../lib/messaging/protocol';
import { Popup } from './Popup';

const row = (over: Partial<ActivityRow>): ActivityRow => ({
  profileId: 'kominfo',
  profileName: 'Diskominfo Contoh',
  platform: 'instagram',
  lastPostAt: 1,
  daysSinceLastPost: 0,
  monthCount: 4,
  monthTarget: 13,
  silent: false,
  ...over,
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const pageUrl = (path: string) => `chrome-extension://x/${path}`;
const texts = (selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);

describe('popup', () => {
  it.each([
    ['id', ['Terakhir mengunggah hari ini', '12 hari sejak unggahan terakhir', 'Belum ada unggahan tercatat'], 'Bulan ini: 4 dari target 13'],
    ['en', ['Last post today', '12 days since the last post', 'No post recorded yet'], 'This month: 4 of a target of 13'],
  ] as const)('shows where each profile stands (%s)', (lang, since, count) => {
    uiLang.value = lang;
    const rows = [
      row({}),
      row({ platform: 'facebook', daysSinceLastPost: 12, silent: true, monthCount: 0 }),
      row({ profileId: 'dinkes', profileName: 'Dinas Kesehatan', platform: 'tiktok', lastPostAt: null, daysSinceLastPost: null, monthTarget: null, monthCount: 0 }),
    ];
    render(<Popup data={{ state: 'ready', rows }} pageUrl={pageUrl} />, root);
    expect(texts('h2')).toEqual(['Diskominfo Contoh', 'Dinas Kesehatan']);
    expect(texts('.since')).toEqual(since);
    expect(texts('.count')[0]).toBe(count);
    expect([...root.querySelectorAll('[data-silent="true"]')].map((el) => (el as HTMLElement).dataset.platform)).toEqual(['facebook']);
  });

  it('links to the report, practice and settings pages', () => {
    render(<Popup data={{ state: 'ready', rows: [] }} pageUrl={pageUrl} />, root);
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'chrome-extension://x/report.html',
      'chrome-extension://x/practice.html',
      'chrome-extension://x/options.html',
    ]);
  });
});
