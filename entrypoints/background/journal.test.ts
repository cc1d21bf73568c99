import { describe, expect, it } from 'vitest';
import { entryFor, profileFor, wib } from '../../lib/journal/testing';
import { memoryJournal, memoryProgress } from '../../lib/journal/memory-store';
import type { ReminderLog, SilentNotice } from '../../lib/journal/reminders';
import type { UiSettings } from '../../lib/messaging/protocol';
import { checkSilentProfiles, journalHandlers, type ReminderMemory } from './journal';
import type { BackgroundDeps } from './deps';

const NOW = wib('2026-11-24 10:00');

function deps(reminders: boolean): BackgroundDeps {
  const ui: UiSettings = {
    lang: 'id',
    activeProfiles: {},
    panel: { collapsed: false, side: 'right', offsetY: 0 },
    journal: { fullCaption: false, reminders },
    tourSeen: false,
  };
  const profile = profileFor({ id: 'kominfo', officialName: 'Diskominfo', handles: { facebook: 'kominfo' }, activity: { silentAfterDays: 7 } });
  return {
    now: () => NOW,
    lang: async () => 'id',
    readUi: async () => ui,
    writeUi: async () => undefined,
    bumpRevision: async () => undefined,
    effective: async () => ({ profiles: [profile], templates: [] }) as unknown as Awaited<ReturnType<BackgroundDeps['effective']>>,
    journal: memoryJournal([entryFor({ id: 'old', postedAt: wib('2026-11-10 08:00'), platform: 'facebook' })]),
    progress: memoryProgress(),
  };
}

function memory(): ReminderMemory & { log: ReminderLog } {
  const store = { log: {} as ReminderLog };
  return Object.assign(store, {
    read: async () => ({ ...store.log }),
    write: async (log: ReminderLog) => {
      store.log = log;
    },
  });
}

describe('checkSilentProfiles', () => {
  it('reminds once about a silent profile, then waits', async () => {
    const sent: SilentNotice[] = [];
    const notify = async (notice: SilentNotice) => void sent.push(notice);
    const mem = memory();
    await checkSilentProfiles(deps(true), notify, mem);
    await checkSilentProfiles(deps(true), notify, mem);
    expect(sent).toEqual([{ key: 'kominfo/facebook', title: 'Saring: Diskominfo belum mengunggah', message: 'Facebook: 14 hari tanpa unggahan (batas 7 hari).' }]);
    expect(mem.log).toEqual({ 'kominfo/facebook': NOW });
  });

  it('stays quiet when the admin turned reminders off', async () => {
    const sent: SilentNotice[] = [];
    expect(await checkSilentProfiles(deps(false), async (notice) => void sent.push(notice), memory())).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('tries again next time when a notification could not be shown', async () => {
    const mem = memory();
    await checkSilentProfiles(deps(true), async () => Promise.reject(new Error('no permission')), mem);
    expect(mem.log).toEqual({});
  });
});

describe('journalHandlers', () => {
  it('records and lists through the message handlers', async () => {
    const d = deps(true);
    const handlers = journalHandlers(d);
    const { id } = await handlers['journal:record'](
      { platform: 'tiktok', profileId: 'kominfo', templateId: null, findingsLeft: [], overridden: false, caption: 'Baris satu\nbaris dua' },
      {},
    );
    const listed = await handlers['journal:list']({ from: '2026-11-24', to: '2026-11-24' }, {});
    expect(listed.map((entry) => [entry.id, entry.firstLine])).toEqual([[id, 'Baris satu']]);
  });
});
