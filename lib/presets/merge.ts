/**
 * The effective preset: packs laid over each other in order (later wins), then the admin's local
 * overrides, then every locked path put back to the packs' value. Expired items and packs drop out.
 */
import type { Claim, GlossaryEntry, Profile, RuleSettings } from '../checks/types';
import type { Template } from '../templates/types';
import { isExpired } from './dates';
import { DEFAULT_SETTINGS } from './default-settings';
import { pathsOverlap, splitPath } from './locks';
import { applyRuleSettings } from './rule-settings';
import { floorPackSettings, type PackSafetyChange } from './safety';
import { changedPaths, deepEqual, expandPath, getAt, setAt, type PresetTree } from './tree';
import type { Exercise, Pack, PartialRuleSettings } from './types';

export const LOCAL_KINDS = ['profiles', 'glossary', 'templates', 'claims'] as const;
export type LocalKind = (typeof LOCAL_KINDS)[number];

/** What the admin changed on this browser; kept apart from packs so pack updates never erase it. */
export interface LocalOverrides {
  /** Items the admin added, or pack items (same id) they edited: the whole item replaces the pack's. */
  profiles?: Profile[];
  glossary?: GlossaryEntry[];
  templates?: Template[];
  claims?: Claim[];
  /** Ids of pack items the admin switched off. */
  hidden?: Partial<Record<LocalKind, string[]>>;
  ruleSettings?: PartialRuleSettings;
}

/** Who holds a lock, for the UI's "locked by Diskominfo …" line. */
export interface LockOwner {
  /** A concrete path (no `*`): the pack's `glossary/*` becomes one entry per glossary id. */
  path: string;
  /** The path as the pack wrote it. */
  declared: string;
  packId: string;
  packName: string;
  publisher: string;
}

export interface EffectivePreset {
  profiles: Profile[];
  glossary: GlossaryEntry[];
  templates: Template[];
  exercises: Exercise[];
  /** Debunked claims for the hoax-claim rule (expired ones left out). */
  claims: Claim[];
  ruleSettings: RuleSettings;
  locks: LockOwner[];
  /** Concrete locked path → "Pack name (Publisher)", the shape panels receive. */
  lockedBy: Record<string, string>;
  /** "profiles/<id>" → the id of the pack it came from, or "local". */
  sources: Record<string, string>;
  /** The packs that took part, lowest priority first (expired ones left out). */
  order: { id: string; name: string }[];
  /** What packs did to safety rules (personal data, hoax): turned down to warning, or refused. */
  safety: PackSafetyChange[];
}

interface Trees {
  packs: PresetTree;
  unlocked: PresetTree;
  effective: PresetTree;
  locks: LockOwner[];
  sources: Map<string, string>;
  order: { id: string; name: string }[];
  safety: PackSafetyChange[];
}

const emptyTree = (ruleSettings: RuleSettings): PresetTree => ({
  profiles: new Map(),
  glossary: new Map(),
  templates: new Map(),
  exercises: new Map(),
  claims: new Map(),
  ruleSettings,
});

function layerItems<T extends { id: string; expires?: string }>(
  into: Map<string, T>,
  items: readonly T[] | undefined,
  today: string,
  onSet: (id: string) => void,
): void {
  for (const item of items ?? []) {
    if (isExpired(item.expires, today)) continue;
    into.set(item.id, item);
    onSet(item.id);
  }
}

/**
 * A copy of the tree to layer onto: new maps holding the same items, and the (small) rule settings
 * cloned. Items are shared, not cloned: a pack of 10,000 claims would otherwise be deep-copied twice
 * on every merge. Nothing writes into a shared item; applyLocks copies an item before it puts a
 * locked field back into it.
 */
function copyTree(tree: PresetTree): PresetTree {
  return {
    profiles: new Map(tree.profiles),
    glossary: new Map(tree.glossary),
    templates: new Map(tree.templates),
    exercises: new Map(tree.exercises),
    claims: new Map(tree.claims),
    ruleSettings: structuredClone(tree.ruleSettings),
  };
}

function buildTrees(packs: readonly Pack[], local: LocalOverrides, today: string, defaults: RuleSettings): Trees {
  const live = packs.filter((pack) => !isExpired(pack.expires, today));
  const tree = emptyTree(defaults);
  const sources = new Map<string, string>();
  const safety: PackSafetyChange[] = [];
  for (const pack of live) {
    for (const kind of [...LOCAL_KINDS, 'exercises'] as const) {
      const map = tree[kind] as Map<string, { id: string; expires?: string }>;
      layerItems(map, pack[kind], today, (id) => sources.set(`${kind}/${id}`, pack.id));
    }
    const floored = floorPackSettings(pack.ruleSettings);
    for (const change of floored.changes) safety.push({ ...change, packId: pack.id, packName: pack.name });
    tree.ruleSettings = applyRuleSettings(tree.ruleSettings, floored.settings);
  }
  const packsTree = copyTree(tree);
  for (const kind of LOCAL_KINDS) {
    const map = tree[kind] as Map<string, { id: string; expires?: string }>;
    for (const id of local.hidden?.[kind] ?? []) map.delete(id);
    layerItems(map, local[kind], today, (id) => sources.set(`${kind}/${id}`, 'local'));
  }
  tree.ruleSettings = applyRuleSettings(tree.ruleSettings, local.ruleSettings);
  const unlocked = copyTree(tree);
  const locks = ownersOf(live, packsTree);
  applyLocks(tree, packsTree, locks, sources);
  return { packs: packsTree, unlocked, effective: tree, locks, sources, order: live.map(({ id, name }) => ({ id, name })), safety };
}

/** Expands every pack's locks; when two packs lock the same path, the later (winning) pack owns it. */
function ownersOf(packs: readonly Pack[], packsTree: PresetTree): LockOwner[] {
  const owners = new Map<string, LockOwner>();
  for (const pack of packs) {
    for (const declared of pack.locked ?? []) {
      for (const segments of expandPath(packsTree, splitPath(declared))) {
        const path = segments.join('/');
        owners.delete(path);
        owners.set(path, { path, declared, packId: pack.id, packName: pack.name, publisher: pack.publisher.name });
      }
    }
  }
  return [...owners.values()];
}

const ITEM_LEVEL = 2;

function applyLocks(tree: PresetTree, packsTree: PresetTree, locks: readonly LockOwner[], sources: Map<string, string>): void {
  // Items of `tree` that are its own copies, so a locked field can be written into them.
  const owned = new Set<unknown>();
  for (const lock of locks) {
    const segments = splitPath(lock.path);
    const [kind, id] = segments;
    if (segments.length > ITEM_LEVEL && kind !== 'ruleSettings' && id !== undefined) {
      const packItem = getAt(packsTree, [kind!, id]);
      // A field lock on an item no pack defines has nothing to hold it to.
      if (packItem === undefined) continue;
      // A locked field keeps its item alive even if the admin hid it; either way the item written
      // into is a copy (the packs, the local overrides and the other trees share the originals).
      const current = getAt(tree, [kind!, id]);
      if (!owned.has(current)) {
        const copy = structuredClone(current === undefined ? packItem : current);
        setAt(tree, [kind!, id], copy);
        owned.add(copy);
      }
    }
    const value = getAt(packsTree, segments);
    setAt(tree, segments, value === undefined ? undefined : structuredClone(value));
    // A whole locked item is the pack's again; a locked field leaves the admin's item theirs.
    if (segments.length === ITEM_LEVEL && kind !== 'ruleSettings' && value !== undefined) {
      sources.set(`${kind}/${id}`, lock.packId);
    }
  }
}

export function mergePacks(
  packs: readonly Pack[],
  local: LocalOverrides,
  today: string,
  defaults: RuleSettings = DEFAULT_SETTINGS,
): EffectivePreset {
  const trees = buildTrees(packs, local, today, defaults);
  const { effective } = trees;
  const lockedBy: Record<string, string> = {};
  for (const lock of trees.locks) lockedBy[lock.path] = `${lock.packName} (${lock.publisher})`;
  const sources: Record<string, string> = {};
  for (const kind of [...LOCAL_KINDS, 'exercises'] as const) {
    for (const id of effective[kind].keys()) {
      const key = `${kind}/${id}`;
      sources[key] = trees.sources.get(key) ?? 'local';
    }
  }
  return {
    profiles: [...effective.profiles.values()],
    glossary: [...effective.glossary.values()],
    templates: [...effective.templates.values()],
    exercises: [...effective.exercises.values()],
    claims: [...effective.claims.values()],
    ruleSettings: effective.ruleSettings,
    locks: trees.locks,
    lockedBy,
    sources,
    order: trees.order,
    safety: trees.safety,
  };
}

/** The lock a path falls under (the path itself, inside it, or containing it), if any. */
export function lockAt(locks: readonly LockOwner[], path: string): LockOwner | undefined {
  return locks.find((lock) => pathsOverlap(lock.path, path));
}

export interface LockConflict {
  path: string;
  owner: LockOwner;
}

/**
 * What a change of the local overrides would alter under a lock. Only paths this change touches
 * count, and writing back the value the lock already shows is fine, so a form that saves a whole
 * profile with its locked fields untouched goes through.
 */
export function lockConflicts(
  packs: readonly Pack[],
  before: LocalOverrides,
  after: LocalOverrides,
  today: string,
  defaults: RuleSettings = DEFAULT_SETTINGS,
): LockConflict[] {
  const old = buildTrees(packs, before, today, defaults);
  const next = buildTrees(packs, after, today, defaults);
  const conflicts: LockConflict[] = [];
  for (const path of changedPaths(old.unlocked, next.unlocked)) {
    const owner = lockAt(old.locks, path);
    if (!owner) continue;
    const segments = splitPath(path);
    if (deepEqual(getAt(next.unlocked, segments), getAt(old.effective, segments))) continue;
    conflicts.push({ path, owner });
  }
  return conflicts;
}
