import type { UiSettings } from '../../lib/messaging/protocol';
import type { RequestOf } from '../../lib/messaging/protocol';

export const DEFAULT_UI: UiSettings = {
  lang: 'auto',
  activeProfiles: {},
  panel: { collapsed: false, side: 'right', offsetY: 0 },
  journal: { fullCaption: false, reminders: false },
  tourSeen: false,
  setupDone: false,
};

/** Fills what an older or partial stored copy lacks, so new settings get their defaults. */
export function completeUi(stored: Partial<UiSettings> | undefined): UiSettings {
  return {
    ...DEFAULT_UI,
    ...stored,
    activeProfiles: { ...stored?.activeProfiles },
    panel: { ...DEFAULT_UI.panel, ...stored?.panel },
    journal: { ...DEFAULT_UI.journal, ...stored?.journal },
  };
}

export function applyUiChange(current: UiSettings, change: RequestOf<'settings:set'>): UiSettings {
  return {
    ...current,
    lang: change.lang ?? current.lang,
    setupDone: change.setupDone ?? current.setupDone,
    activeProfiles: change.activeProfile
      ? { ...current.activeProfiles, [change.activeProfile.platform]: change.activeProfile.profileId }
      : current.activeProfiles,
    panel: { ...current.panel, ...change.panel },
    journal: { ...current.journal, ...change.journal },
  };
}
