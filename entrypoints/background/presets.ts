import type { Handlers } from '../../lib/messaging/server';
import { addAllowedWord, todayAt } from '../../lib/store';
import type { SaringDB } from '../../lib/store';
import { applyUiChange } from './ui-settings';
import { panelMessages, resolveLang } from '../../lib/i18n';
import { browser } from 'wxt/browser';
import { EXAMPLE_PROFILE } from '../../lib/presets/default-pack/profile';
import type { BackgroundDeps } from './deps';

type PresetMessages = 'preset:get' | 'settings:get' | 'settings:set' | 'setup:open' | 'profile:allow-word';

/** Not set up yet: the admin has not said who they are and only the example institution exists. */
export function needsSetup(setupDone: boolean | undefined, profiles: readonly { id: string }[]): boolean {
  return !setupDone && profiles.every((p) => p.id === EXAMPLE_PROFILE.id);
}

/** What panels ask for: the merged preset, the UI settings, and "allow this word". */
export function presetHandlers(db: SaringDB, deps: BackgroundDeps): Pick<Handlers, PresetMessages> {
  return {
    async 'preset:get'({ platform }) {
      const [preset, ui] = await Promise.all([deps.effective(), deps.readUi()]);
      const lang = resolveLang(ui.lang, navigator.languages);
      const setupNeeded = needsSetup(ui.setupDone, preset.profiles);
      return {
        // Until set up, no institution: checking against "Pemerintah Kabupaten Contoh" would be wrong.
        // The report's logo is for the report page only: panels never show it, so it is not sent to every tab.
        profiles: setupNeeded ? [] : preset.profiles.map(({ logo: _logo, ...profile }) => profile),
        setupNeeded,
        activeProfileId: ui.activeProfiles[platform] ?? null,
        glossary: preset.glossary,
        templates: preset.templates,
        settings: preset.ruleSettings,
        ui,
        locked: preset.lockedBy,
        messages: { lang, templates: panelMessages(lang) },
      };
    },
    async 'settings:get'() {
      return deps.readUi();
    },
    async 'settings:set'(change) {
      const next = applyUiChange(await deps.readUi(), change);
      await deps.writeUi(next);
      await deps.bumpRevision();
      return next;
    },
    async 'setup:open'() {
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
      return { opened: true };
    },
    async 'profile:allow-word'({ profileId, word }) {
      const now = deps.now();
      const result = await addAllowedWord(db, profileId, word, { lang: await deps.lang(), now, today: await todayAt(db, now) });
      if (result.ok) await deps.bumpRevision();
      return result.ok ? { ok: true } : { ok: false, errors: result.errors };
    },
  };
}
