import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import './testing';
import { samplePack } from '../presets/fixtures/sample-pack';
import { getEffectivePreset } from './effective';
import type { V1Local, V1PackRecord } from './migrations';
import { openStore } from './open';
import { listPacks } from './packs';
import { getSettings } from './settings';
import { TODAY } from './testing';

async function v1Database(factory: IDBFactory, packs: V1PackRecord[], local: V1Local, settings: Record<string, unknown>) {
  const db = await openStore({ indexedDB: factory, name: 'm', version: 1 });
  const raw = db as unknown as IDBPDatabase<unknown>;
  const tx = raw.transaction(['packs', 'local'], 'readwrite');
  for (const record of packs) await tx.objectStore('packs').put(record);
  await tx.objectStore('local').put(local, 'overrides');
  await tx.objectStore('local').put(settings, 'settings');
  await tx.done;
  db.close();
}

describe('migrations', () => {
  it('creates every v2 store and index on a fresh install', async () => {
    const db = await openStore({ indexedDB: new IDBFactory(), name: 'fresh' });
    expect([...db.objectStoreNames].sort()).toEqual(['journal', 'meta', 'overrides', 'packs', 'progress', 'settings']);
    const tx = db.transaction(['journal', 'progress', 'packs', 'overrides']);
    expect([...tx.objectStore('journal').indexNames].sort()).toEqual(['date', 'profileDate', 'profileId']);
    expect([...tx.objectStore('progress').indexNames].sort()).toEqual(['date', 'exerciseId', 'profileId']);
    expect([...tx.objectStore('packs').indexNames]).toEqual(['order']);
    expect([...tx.objectStore('overrides').indexNames]).toEqual(['kind']);
  });

  it('carries a v1 database (packs, one overrides object, one settings object) into v2', async () => {
    const factory = new IDBFactory();
    const pack = samplePack();
    const subscribed = { ...samplePack(), id: 'prov-contoh', name: 'Paket Provinsi', locked: [] };
    await v1Database(
      factory,
      [
        { id: pack.id, pack, source: 'file', enabled: true, order: 0, installedAt: 1 },
        { id: subscribed.id, pack: subscribed, source: 'subscription', url: 'https://prov.example.go.id/pack.json', lastFetched: 5, enabled: false, order: 1, installedAt: 2 },
      ],
      {
        glossary: [{ id: 'lokal', preferred: 'kelurahan', variants: ['kelurahaan'] }],
        hidden: { glossary: ['walikota'] },
        ruleSettings: { limits: { instagram: { captionLength: 1000 } } },
      },
      { lang: 'en', activeProfiles: { instagram: 'pemkab-contoh' } },
    );

    const db = await openStore({ indexedDB: factory, name: 'm' });
    expect(db.version).toBe(2);
    expect(db.objectStoreNames.contains('local' as never)).toBe(false);
    const records = await listPacks(db);
    expect(records.map((r) => r.id)).toEqual(['file:diskominfo-contoh', 'sub:https://prov.example.go.id/pack.json']);
    expect(records[1]!.source).toEqual({
      kind: 'subscription', url: 'https://prov.example.go.id/pack.json', refreshHours: 24, lastFetched: 5, lastAttempt: 5, lastError: null,
    });
    expect(records[1]!.enabled).toBe(false);
    expect(await getSettings(db)).toMatchObject({ lang: 'en', activeProfiles: { instagram: 'pemkab-contoh' } });

    const preset = await getEffectivePreset(db, TODAY);
    expect(preset.glossary.map((g) => g.id)).toEqual(['pemkab', 'lokal']);
    expect(preset.ruleSettings.limits.instagram.captionLength).toBe(1000);
    expect(preset.sources['glossary/lokal']).toBe('local');
  });

  it('migrates an empty v1 database (installed, never used) without inventing data', async () => {
    const factory = new IDBFactory();
    const db1 = await openStore({ indexedDB: factory, name: 'e', version: 1 });
    db1.close();
    const db = await openStore({ indexedDB: factory, name: 'e' });
    expect(await listPacks(db)).toEqual([]);
    expect(await db.getAll('overrides')).toEqual([]);
  });
});
