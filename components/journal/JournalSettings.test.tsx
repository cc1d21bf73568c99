// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { uiLang } from '../../lib/i18n';
import { JournalSettings } from './JournalSettings';
import { fakeJournalPageDeps, settle, type FakeJournalPageDeps } from './testing';

let root: HTMLElement;
let deps: FakeJournalPageDeps;
let said: string[];

async function open(): Promise<HTMLInputElement> {
  deps = fakeJournalPageDeps({});
  const ui = await deps.backend.readUi();
  await deps.backend.writeUi({ ...ui, journal: { ...ui.journal, reminders: false } });
  said = [];
  render(<JournalSettings deps={deps} say={(m) => said.push(m)} />, root);
  await settle();
  const box = root.querySelector<HTMLInputElement>('[data-setting="reminders"]');
  if (!box) throw new Error('no reminders switch');
  return box;
}

async function toggle(box: HTMLInputElement): Promise<void> {
  box.checked = !box.checked;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

beforeEach(() => {
  uiLang.value = 'id';
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('reminders switch', () => {
  it('turns reminders on once the browser allows notifications', async () => {
    const box = await open();
    expect(box.checked).toBe(false);
    await toggle(box);
    expect((await deps.backend.readUi()).journal.reminders).toBe(true);
  });

  it('stays off, and says why, when notifications are refused', async () => {
    const box = await open();
    deps.notificationsAllowed = false;
    await toggle(box);
    expect(box.checked).toBe(false);
    expect((await deps.backend.readUi()).journal.reminders).toBe(false);
    expect(said.join(' ')).toContain('notifikasi');
  });
});
