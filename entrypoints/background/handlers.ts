import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS } from '../../lib/checks/defaults';
import type { Handlers } from '../../lib/messaging/server';
import { PRESET_REVISION_KEY } from '../../lib/messaging/protocol';
import type { UiSettings } from '../../lib/messaging/protocol';

const UI_KEY = 'uiSettings';
const DEFAULT_UI: UiSettings = {
  lang: 'auto',
  activeProfiles: {},
  panel: { collapsed: false, side: 'right', offsetY: 0 },
};

async function readUi(): Promise<UiSettings> {
  const stored = (await browser.storage.local.get(UI_KEY))[UI_KEY] as Partial<UiSettings> | undefined;
  return {
    ...DEFAULT_UI,
    ...stored,
    panel: { ...DEFAULT_UI.panel, ...stored?.panel },
    activeProfiles: { ...stored?.activeProfiles },
  };
}

async function bumpRevision(): Promise<void> {
  await browser.storage.local.set({ [PRESET_REVISION_KEY]: Date.now() });
}

export function createHandlers(): Handlers {
  return {
    async 'preset:get'() {
      return {
        profiles: [],
        activeProfileId: null,
        glossary: [],
        templates: [],
        settings: DEFAULT_SETTINGS,
        ui: await readUi(),
        locked: {},
      };
    },
    async 'settings:get'() {
      return readUi();
    },
    async 'settings:set'(change) {
      const current = await readUi();
      const next: UiSettings = {
        lang: change.lang ?? current.lang,
        activeProfiles: change.activeProfile
          ? { ...current.activeProfiles, [change.activeProfile.platform]: change.activeProfile.profileId }
          : current.activeProfiles,
        panel: { ...current.panel, ...change.panel },
      };
      await browser.storage.local.set({ [UI_KEY]: next });
      await bumpRevision();
      return next;
    },
    async 'profile:allow-word'() {
      return { ok: true };
    },
  };
}
