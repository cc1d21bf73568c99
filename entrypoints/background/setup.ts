import { browser } from 'wxt/browser';
import { openStore, ensureDefaultPack, getEffectivePreset, todayAt } from '../../lib/store';
import type { SaringDB } from '../../lib/store';
import { createJournalRepo } from '../../lib/store/journal-repo';
import { createProgressRepo } from '../../lib/store/progress-repo';
import { resolveLang } from '../../lib/i18n';
import { PRESET_REVISION_KEY } from '../../lib/messaging/protocol';
import type { UiSettings } from '../../lib/messaging/protocol';
import { completeUi } from './ui-settings';
import type { BackgroundDeps } from './deps';

const UI_KEY = 'uiSettings';

export interface Background {
  db: SaringDB;
  deps: BackgroundDeps;
}

/**
 * Opens the store and installs (or updates) the built-in pack shipped in public/packs. Runs at every
 * service-worker start; ensureDefaultPack is idempotent.
 */
export async function setUp(): Promise<Background> {
  const db = await openStore();
  const defaultPack = await (await fetch(browser.runtime.getURL('/packs/default.json'))).text();
  const installed = await ensureDefaultPack(db, defaultPack, Date.now());
  if (!installed.ok) console.error('[Saring] built-in pack not installed', installed.errors);

  const readUi = async (): Promise<UiSettings> =>
    completeUi((await browser.storage.local.get(UI_KEY))[UI_KEY] as Partial<UiSettings> | undefined);

  const deps: BackgroundDeps = {
    now: () => Date.now(),
    async lang() {
      return resolveLang((await readUi()).lang, navigator.languages);
    },
    readUi,
    async writeUi(next) {
      await browser.storage.local.set({ [UI_KEY]: next });
    },
    async bumpRevision() {
      await browser.storage.local.set({ [PRESET_REVISION_KEY]: Date.now() });
    },
    effective: async () => getEffectivePreset(db, await todayAt(db, Date.now())),
    journal: createJournalRepo(db),
    progress: createProgressRepo(db),
  };
  return { db, deps };
}
