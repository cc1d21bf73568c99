import type { Handlers } from '../../lib/messaging/server';
import { addAllowedWord, todayAt } from '../../lib/store';
import type { SaringDB } from '../../lib/store';
import { applyUiChange } from './ui-settings';
import { panelMessages, resolveLang } from '../../lib/i18n';
import type { BackgroundDeps } from './deps';

type PresetMessages = 'preset:get' | 'settings:get' | 'settings:set' | 'profile:allow-word';

/** What panels ask for: the merged preset, the UI settings, and "allow this word". */
export function presetHandlers(db: SaringDB, deps: BackgroundDeps): Pick<Handlers, PresetMessages> {
  return {
    async 'preset:get'({ platform }) {
      const [preset, ui] = await Promise.all([deps.effective(), deps.readUi()]);
      const lang = resolveLang(ui.lang, navigator.language);
      return {
        profiles: preset.profiles,
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
    async 'profile:allow-word'({ profileId, word }) {
      const now = deps.now();
      const result = await addAllowedWord(db, profileId, word, { lang: await deps.lang(), now, today: await todayAt(db, now) });
      if (result.ok) await deps.bumpRevision();
      return result.ok ? { ok: true } : { ok: false, errors: result.errors };
    },
  };
}
