// @vitest-environment happy-dom
/**
 * Business Suite publishes to several platforms at once: the session checks every selected
 * placement's limits, follows the placements as they change, and keeps the caption an insert
 * meant to leave when the insert does not land.
 */
import { describe, expect, it } from 'vitest';
import { signal } from '@preact/signals';
import { createPanelSession } from './session';
import { DEFAULT_SETTINGS } from '../../lib/checks/defaults';
import type { Platform } from '../../lib/checks/types';
import type { PanelPreset } from '../../lib/messaging/protocol';
import type { ComposerHandle, InsertResult } from '../../lib/platforms/types';

const preset: PanelPreset = {
  profiles: [],
  activeProfileId: null,
  glossary: [],
  templates: [],
  settings: DEFAULT_SETTINGS,
  ui: {
    lang: 'en',
    activeProfiles: {},
    panel: { collapsed: false, side: 'right', offsetY: 0 },
    journal: { fullCaption: false, reminders: false },
    tourSeen: true,
  },
  locked: {},
  messages: { lang: 'en', templates: {} },
};

function businessComposer(text: string, selected: Platform[], insert: InsertResult = { ok: true, text }) {
  let placements = selected;
  const changed: Array<() => void> = [];
  const editor = document.createElement('div');
  const handle: ComposerHandle = {
    get platform() {
      return placements[0] ?? 'facebook';
    },
    editor,
    anchor: editor,
    readText: () => text,
    insertAtCaret: async () => insert,
    replaceRange: async () => insert,
    replaceAll: async () => insert,
    restoreCaret: () => {},
    findPostButton: () => null,
    accountName: () => null,
    onChange: () => {},
    isConnected: () => true,
    placements: () => placements,
    onPlacements: (callback) => void changed.push(callback),
  };
  return {
    handle,
    select(next: Platform[]) {
      placements = next;
      for (const callback of changed) callback();
    },
  };
}

const SIX = 'Info layanan #Satu #Dua #Tiga #Empat #Lima #Enam';

describe('a session over several placements', () => {
  it('checks the limits of every selected placement and names the platform; follows the selection', () => {
    const { handle, select } = businessComposer(SIX, ['instagram', 'facebook']);
    const session = createPanelSession(handle, signal(preset), new AbortController().signal);
    const limits = () => session.findings.value.filter((f) => f.ruleId === 'hashtag-limit');
    expect(session.platform.value).toBe('instagram');
    expect(limits()).toHaveLength(1);
    expect(limits()[0]?.message).toContain('Instagram');
    expect(session.limits.value.hashtags).toBe(5);

    select(['facebook']);
    expect(session.platform.value).toBe('facebook');
    expect(session.placements.value).toEqual(['facebook']);
    expect(limits()).toEqual([]);

    select([]);
    expect(session.placements.value).toEqual([]);
    expect(session.platform.value).toBe('facebook');
    expect(limits()).toEqual([]);
  });

  it('does not repeat a finding that is the same on both platforms', () => {
    const { handle } = businessComposer('Warga dihimbau hadir.', ['instagram', 'facebook']);
    const session = createPanelSession(handle, signal(preset), new AbortController().signal);
    expect(session.findings.value.filter((f) => f.ruleId === 'spelling')).toHaveLength(1);
  });

  it('keeps the intended caption of an insert that did not land, and forgets it after one that did', async () => {
    const failing = businessComposer('Warga dihimbau hadir.', ['facebook'], { ok: false, text: 'Warga dihimbau hadir.', error: 'mismatch' });
    const session = createPanelSession(failing.handle, signal(preset), new AbortController().signal);
    const spelling = session.findings.value.find((f) => f.ruleId === 'spelling');
    expect(spelling).toBeDefined();
    if (!spelling) return;
    await session.applyFix(spelling);
    expect(session.failedCaption.value).toBe('Warga diimbau hadir.');
    expect(session.status.value).toBe('insertFailedMismatch');

    const landing = businessComposer('Warga dihimbau hadir.', ['facebook']);
    const ok = createPanelSession(landing.handle, signal(preset), new AbortController().signal);
    ok.failedCaption.value = 'stale';
    await ok.insert('Teks');
    expect(ok.failedCaption.value).toBeNull();
  });
});
