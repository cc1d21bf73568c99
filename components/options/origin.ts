/**
 * Where an item the admin sees comes from. The snapshot lists local items and the merged result;
 * a merged item that is not local came from a pack. It does not say which pack, nor whether a local
 * item is a copy of a pack's item, unless the background adds `packItems` ("profiles/<id>" → name of
 * the pack that brings it). Until then the pack name is given when only one enabled pack brings that
 * kind, and a local copy is recognised when this page saw the id as a pack item earlier.
 */
import { LOCAL_KINDS, type LocalKind, type StoreSnapshot } from '../../lib/messaging/protocol';

/** Kinds an admin can edit; exercises only come from packs. */
export type ItemKind = LocalKind;

export type Origin =
  | { kind: 'local' }
  /** A local edit of a pack's item (same id). */
  | { kind: 'override'; packName?: string }
  | { kind: 'pack'; packName?: string };

/** The optional `packItems` map, read defensively: it is not part of the contract yet. */
export function packItemsOf(snapshot: StoreSnapshot): Readonly<Record<string, string>> | undefined {
  const extended = snapshot as StoreSnapshot & { packItems?: unknown };
  const map = extended.packItems;
  return map && typeof map === 'object' && !Array.isArray(map) ? (map as Record<string, string>) : undefined;
}

function packNameFor(snapshot: StoreSnapshot, kind: ItemKind, id: string): string | undefined {
  const known = packItemsOf(snapshot);
  if (known && Object.hasOwn(known, `${kind}/${id}`)) return known[`${kind}/${id}`];
  const candidates = snapshot.packs.filter((p) => p.enabled && (p.counts[kind] ?? 0) > 0);
  return candidates.length === 1 ? candidates[0]!.name : undefined;
}

/** Notes every merged item that is not local: it came from a pack. */
export function rememberPackItems(snapshot: StoreSnapshot, into: Set<string>): void {
  for (const kind of LOCAL_KINDS) {
    const local = new Set((snapshot.local[kind] ?? []).map((item) => item.id));
    for (const item of snapshot.effective[kind] ?? []) if (!local.has(item.id)) into.add(`${kind}/${item.id}`);
  }
  for (const key of Object.keys(packItemsOf(snapshot) ?? {})) into.add(key);
}

export function originOf(snapshot: StoreSnapshot, kind: ItemKind, id: string, packItems?: ReadonlySet<string>): Origin {
  const isLocal = (snapshot.local[kind] ?? []).some((item) => item.id === id);
  if (!isLocal) return { kind: 'pack', packName: packNameFor(snapshot, kind, id) };
  const key = `${kind}/${id}`;
  const known = packItemsOf(snapshot);
  if ((known && Object.hasOwn(known, key)) || packItems?.has(key)) return { kind: 'override', packName: packNameFor(snapshot, kind, id) };
  return { kind: 'local' };
}
