import type { SaringDB } from './open';
import { bumpRevision } from './revision';
import { inWriteTx } from './write';
import type { SettingsRecord, StoredSettings } from './schema';

export const DEFAULT_STORED_SETTINGS: StoredSettings = {
  lang: 'auto',
  activeProfiles: {},
  panel: { collapsed: false, side: 'right', offsetY: 0 },
};

export async function getSettings(db: SaringDB): Promise<StoredSettings> {
  const settings: StoredSettings = structuredClone(DEFAULT_STORED_SETTINGS);
  for (const record of await db.getAll('settings')) Object.assign(settings, { [record.key]: record.value });
  return settings;
}

/** Saves the given keys; the revision moves because the active profile changes what panels show. */
export async function setSettings(db: SaringDB, patch: Partial<StoredSettings>): Promise<StoredSettings> {
  const done = await inWriteTx(db, 'en', async (tx) => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) await tx.objectStore('settings').put({ key, value } as SettingsRecord);
    }
    await bumpRevision(tx);
    return { ok: true };
  });
  if (!done.ok) throw new Error(done.errors[0]?.message);
  return getSettings(db);
}
