/**
 * Schema migrations, one function per version step. A new install runs every step from 0, so the
 * path real users take (v1 data → v2) is the same code a fresh install exercises.
 * Inside the upgrade transaction only IndexedDB requests may be awaited: any other await lets the
 * transaction commit half-way.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { GlossaryEntry, Profile } from '../checks/types';
import type { Pack, PartialRuleSettings } from '../presets';
import type { Template } from '../templates/types';
import type { OverrideRecord, PackRecord, PackSource, SettingsRecord } from './schema';

type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** v1 pack record (see ./schema.ts for the history). */
export interface V1PackRecord {
  id: string;
  pack: Pack;
  source: 'builtin' | 'file' | 'subscription';
  url?: string;
  lastFetched?: number;
  enabled: boolean;
  order: number;
  installedAt: number;
}

/** v1 kept all local edits in one object under the key 'overrides' of the 'local' store. */
export interface V1Local {
  profiles?: Profile[];
  glossary?: GlossaryEntry[];
  templates?: Template[];
  hidden?: { profiles?: string[]; glossary?: string[]; templates?: string[] };
  ruleSettings?: PartialRuleSettings;
}

export const DEFAULT_REFRESH_HOURS = 24;

function toV1(db: AnyDB): void {
  db.createObjectStore('packs', { keyPath: 'id' });
  db.createObjectStore('local');
}

async function toV2(db: AnyDB, tx: UpgradeTx): Promise<void> {
  // Structure first, synchronously, while the upgrade transaction is certainly active.
  const packs = tx.objectStore('packs');
  packs.createIndex('order', 'order');
  db.createObjectStore('overrides', { keyPath: 'key' }).createIndex('kind', 'kind');
  db.createObjectStore('settings', { keyPath: 'key' });
  db.createObjectStore('meta', { keyPath: 'key' });
  const journal = db.createObjectStore('journal', { keyPath: 'id', autoIncrement: true });
  journal.createIndex('date', 'date');
  journal.createIndex('profileId', 'profileId');
  journal.createIndex('profileDate', ['profileId', 'date']);
  const progress = db.createObjectStore('progress', { keyPath: 'id', autoIncrement: true });
  progress.createIndex('date', 'date');
  progress.createIndex('profileId', 'profileId');
  progress.createIndex('exerciseId', 'exerciseId');

  const oldPacks = (await packs.getAll()) as V1PackRecord[];
  await packs.clear();
  for (const record of oldPacks) await packs.put(packToV2(record));

  const local = tx.objectStore('local');
  const overrides = (await local.get('overrides')) as V1Local | undefined;
  const settings = (await local.get('settings')) as Record<string, unknown> | undefined;
  const overrideStore = tx.objectStore('overrides');
  for (const record of overridesToV2(overrides ?? {}, Date.now())) await overrideStore.put(record);
  const settingsStore = tx.objectStore('settings');
  for (const [key, value] of Object.entries(settings ?? {})) await settingsStore.put({ key, value } as SettingsRecord);
  db.deleteObjectStore('local');
}

function packToV2(record: V1PackRecord): PackRecord {
  const source: PackSource =
    record.source === 'subscription'
      ? {
          kind: 'subscription',
          url: record.url ?? '',
          refreshHours: DEFAULT_REFRESH_HOURS,
          lastFetched: record.lastFetched ?? null,
          lastAttempt: record.lastFetched ?? null,
          lastError: null,
        }
      : { kind: record.source };
  const id = source.kind === 'subscription' ? `sub:${source.url}` : `${source.kind}:${record.pack.id}`;
  return { id, pack: record.pack, source, enabled: record.enabled, order: record.order, installedAt: record.installedAt, updatedAt: record.installedAt };
}

function overridesToV2(local: V1Local, now: number): OverrideRecord[] {
  const records: OverrideRecord[] = [];
  for (const item of local.profiles ?? []) records.push({ key: `profiles/${item.id}`, kind: 'profiles', id: item.id, item, updatedAt: now });
  for (const item of local.glossary ?? []) records.push({ key: `glossary/${item.id}`, kind: 'glossary', id: item.id, item, updatedAt: now });
  for (const item of local.templates ?? []) records.push({ key: `templates/${item.id}`, kind: 'templates', id: item.id, item, updatedAt: now });
  for (const kind of ['profiles', 'glossary', 'templates'] as const) {
    for (const id of local.hidden?.[kind] ?? []) records.push({ key: `${kind}/${id}`, kind, id, item: null, updatedAt: now });
  }
  if (local.ruleSettings) records.push({ key: 'ruleSettings', kind: 'ruleSettings', settings: local.ruleSettings, updatedAt: now });
  return records;
}

/** Runs every step between the database's version and `target`. */
export async function upgrade(db: AnyDB, oldVersion: number, target: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1 && target >= 1) toV1(db);
  if (oldVersion < 2 && target >= 2) await toV2(db, tx);
}
