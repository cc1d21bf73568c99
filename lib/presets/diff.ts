/** What an import would do to an installed pack, for the preview the admin confirms. */
import { changedPaths } from './tree';
import { ITEM_KINDS, type ItemKind, type ItemOf, type Pack } from './types';

export interface ItemChange {
  kind: ItemKind;
  id: string;
  /** What the admin recognises the item by: official name, preferred term, title. */
  label: string;
  /** For changed items: the fields that differ, e.g. "hashtags/required". */
  fields?: string[];
}

export interface PackDiff {
  added: ItemChange[];
  changed: ItemChange[];
  removed: ItemChange[];
  /** Changed rule-setting paths, e.g. "limits/instagram/hashtags". */
  ruleSettings: string[];
  locks: { added: string[]; removed: string[] };
  /** Changed top-level fields: name, publisher, updated, description, expires, version. */
  meta: string[];
  /** True when nothing but the metadata changes. */
  unchanged: boolean;
}

export function itemLabel<K extends ItemKind>(kind: K, item: ItemOf[K]): string {
  if (kind === 'profiles') return (item as ItemOf['profiles']).officialName;
  if (kind === 'glossary') return (item as ItemOf['glossary']).preferred;
  if (kind === 'claims') return (item as ItemOf['claims']).claim.id;
  return (item as ItemOf['templates'] | ItemOf['exercises']).title.id;
}

export function diffPack(current: Pack | null, incoming: Pack): PackDiff {
  const diff: PackDiff = { added: [], changed: [], removed: [], ruleSettings: [], locks: { added: [], removed: [] }, meta: [], unchanged: true };
  for (const kind of ITEM_KINDS) diffItems(kind, current?.[kind] ?? [], incoming[kind] ?? [], diff);
  diff.ruleSettings = changedPaths(current?.ruleSettings ?? {}, incoming.ruleSettings ?? {});
  const oldLocks = new Set(current?.locked ?? []);
  const newLocks = new Set(incoming.locked ?? []);
  diff.locks.added = [...newLocks].filter((path) => !oldLocks.has(path));
  diff.locks.removed = [...oldLocks].filter((path) => !newLocks.has(path));
  for (const key of ['name', 'publisher', 'updated', 'description', 'expires', 'version'] as const) {
    if (changedPaths(current?.[key], incoming[key]).length) diff.meta.push(key);
  }
  diff.unchanged =
    !diff.added.length && !diff.changed.length && !diff.removed.length && !diff.ruleSettings.length &&
    !diff.locks.added.length && !diff.locks.removed.length;
  return diff;
}

function diffItems<K extends ItemKind>(kind: K, before: readonly ItemOf[K][], after: readonly ItemOf[K][], diff: PackDiff): void {
  const old = new Map(before.map((item) => [item.id, item]));
  const ids = new Set(after.map((item) => item.id));
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) {
      diff.added.push({ kind, id: item.id, label: itemLabel(kind, item) });
      continue;
    }
    const fields = changedPaths(previous, item);
    if (fields.length) diff.changed.push({ kind, id: item.id, label: itemLabel(kind, item), fields });
  }
  for (const item of before) {
    if (!ids.has(item.id)) diff.removed.push({ kind, id: item.id, label: itemLabel(kind, item) });
  }
}
