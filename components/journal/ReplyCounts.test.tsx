// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { uiLang } from '../../lib/i18n';
import type { JournalEntry } from '../../lib/messaging/protocol';
import { summarizeReplies } from '../../lib/journal/replies';
import { Popup } from './Popup';
import { ReplyCounts } from './ReplyCounts';

const at = (iso: string): number => Date.parse(`${iso}:00+07:00`);
const reply = (id: string, when: string, platform: JournalEntry['platform'], templateId: string | null): JournalEntry => ({
  id, postedAt: at(when), platform, profileId: 'p', templateId, purpose: null, findingsLeft: [], overridden: false, firstLine: '', posted: true, kind: 'reply',
});
const summary = summarizeReplies(
  [reply('1', '2026-11-02 09:00', 'facebook', 'balasan-lapor'), reply('2', '2026-11-02 10:00', 'tiktok', null), reply('3', '2026-11-09 10:00', 'tiktok', 'balasan-kirim-dm')],
  '2026-11',
  () => 'WIB',
);

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('reply counts', () => {
  it('list the replies per day and platform with how many used a template (report)', () => {
    uiLang.value = 'id';
    render(<ReplyCounts summary={summary} perDay monthLabel="November 2026" />, root);
    expect(root.querySelector('p')?.textContent).toBe('3 balasan bulan ini, 2 memakai templat.');
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['2', '0', '1', '1', '1'],
      ['9', '0', '0', '1', '1'],
      ['Jumlah', '0', '1', '2', '2'],
    ]);
  });

  it('show in the popup, in English too', () => {
    uiLang.value = 'en';
    render(<Popup data={{ state: 'ready', rows: [], replies: summary }} pageUrl={(p) => p} />, root);
    expect(root.querySelector('[data-section="replies"] p')?.textContent).toBe('3 replies this month, 2 using a template.');
    expect(root.querySelectorAll('[data-section="replies"] tbody tr')).toHaveLength(1);
  });
});
