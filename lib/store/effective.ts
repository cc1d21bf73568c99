/** What panels and pages use: every enabled pack merged with the admin's overrides and locks. */
import type { IDBPTransaction } from 'idb';
import { mergePacks, todayOf, zoneOfLayers, type EffectivePreset, type LocalOverrides, type Pack } from '../presets';
import type { SaringDB } from './open';
import type { OverrideRecord, PackRecord, SaringSchema } from './schema';

type LayerStores = ('packs' | 'overrides' | 'settings' | 'meta')[];
type ReadTx<Mode extends IDBTransactionMode> = IDBPTransaction<SaringSchema, LayerStores, Mode>;

export function overridesFromRecords(records: readonly OverrideRecord[]): LocalOverrides {
  const local: Required<Omit<LocalOverrides, 'ruleSettings'>> & Pick<LocalOverrides, 'ruleSettings'> = {
    profiles: [],
    glossary: [],
    templates: [],
    claims: [],
    hidden: { profiles: [], glossary: [], templates: [], claims: [] },
  };
  for (const record of records) {
    if (record.kind === 'ruleSettings') local.ruleSettings = record.settings;
    else if (record.item === null) local.hidden[record.kind]!.push(record.id);
    // The discriminated union cannot tell TypeScript that kind and item agree; the record type does.
    else (local[record.kind] as { id: string }[]).push(record.item);
  }
  return local;
}

export const activePacks = (records: readonly PackRecord[]): Pack[] =>
  [...records].sort((a, b) => a.order - b.order).filter((r) => r.enabled).map((r) => r.pack);

/** Reads packs and overrides in one transaction, so a merge never sees half of a change. */
export async function readLayers<Mode extends IDBTransactionMode>(tx: ReadTx<Mode>): Promise<{ packs: Pack[]; records: PackRecord[]; local: LocalOverrides }> {
  const [records, overrides] = await Promise.all([
    tx.objectStore('packs').index('order').getAll(),
    tx.objectStore('overrides').getAll(),
  ]);
  return { packs: activePacks(records), records, local: overridesFromRecords(overrides) };
}

export async function getEffectivePreset(db: SaringDB, today: string): Promise<EffectivePreset> {
  const stores: LayerStores = ['packs', 'overrides', 'settings', 'meta'];
  const tx = db.transaction(stores);
  const { packs, local } = await readLayers(tx);
  return mergePacks(packs, local, today);
}

/** Today (YYYY-MM-DD) in the admin's zone (see zoneOfLayers), the day pack expiry is judged by. */
export async function todayAt(db: SaringDB, now: number): Promise<string> {
  const tx = db.transaction(['packs', 'overrides', 'settings', 'meta'] as LayerStores);
  const { packs, local } = await readLayers(tx);
  return todayOf(now, zoneOfLayers(packs, local));
}

export async function getLocalOverrides(db: SaringDB): Promise<LocalOverrides> {
  return overridesFromRecords(await db.getAll('overrides'));
}

export async function getRevision(db: SaringDB): Promise<number> {
  return (await db.get('meta', 'revision'))?.value ?? 0;
}
