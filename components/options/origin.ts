/**
 * Where an item the admin sees comes from. The snapshot lists local items and the merged result;
 * an item that is not local came from a pack. The snapshot does not (yet) say which pack, so the
 * name is only given when one enabled pack could have brought that kind, or when the background
 * adds `effective.sources` ("profiles/<id>" → pack id) to the snapshot.
 */
import { LOCAL_KINDS, type LocalKind, type StoreSnapshot } from '../../lib/messaging/protocol';

/** Kinds an admin can edit; exercises only come from packs. */
export type ItemKind = LocalKind;

export type Origin =
  | { kind: 'local' }
  /** A local edit of a pack's item (same id). */
  | { kind: 'override'; packName?: string }
  | { kind: 'pack'; packName?: string };

function sourcesOf(snapshot: StoreSnapshot): Record<string, string> | undefined {
  const effective = snapshot.effective as StoreSnapshot['effective'] & { sources?: unknown };
  const sources = effective.sources;
  return sources && typeof sources === 'object' ? (sources as Record<string, string>) : undefined;
}

function packNameFor(snapshot: StoreSnapshot, kind: ItemKind, id: string): string | undefined {
  const packId = sourcesOf(snapshot)?.[`${kind}/${id}`];
  if (packId && packId !== 'local') return snapshot.packs.find((p) => p.id === packId)?.name;
  const candidates = snapshot.packs.filter((p) => p.enabled && p.counts[kind] > 0);
  return candidates.length === 1 ? candidates[0]!.name : undefined;
}

/** Notes every merged item that is not local: it came from a pack. */
export function rememberPackItems(snapshot: StoreSnapshot, into: Set<string>): void {
  for (const kind of LOCAL_KINDS) {
    const local = new Set(snapshot.local[kind].map((item) => item.id));
    for (const item of snapshot.effective[kind]) if (!local.has(item.id)) into.add(`${kind}/${item.id}`);
  }
}

export function originOf(snapshot: StoreSnapshot, kind: ItemKind, id: string, packItems?: ReadonlySet<string>): Origin {
  const isLocal = snapshot.local[kind].some((item) => item.id === id);
  if (!isLocal) return { kind: 'pack', packName: packNameFor(snapshot, kind, id) };
  // An id seen as a pack item earlier in this session: the admin made a local copy of it.
  if (packItems?.has(`${kind}/${id}`)) return { kind: 'override', packName: packNameFor(snapshot, kind, id) };
  return { kind: 'local' };
}
