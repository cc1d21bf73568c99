/**
 * The preset as one tree, so lock paths (./locks.ts) address it directly: item lists become Maps
 * keyed by id (Maps, not objects, because ids like "2024" would be reordered by object keys).
 */
import type { Claim, GlossaryEntry, Profile, RuleSettings } from '../checks/types';
import type { Template } from '../templates/types';
import type { Exercise } from './types';

export interface PresetTree {
  profiles: Map<string, Profile>;
  glossary: Map<string, GlossaryEntry>;
  templates: Map<string, Template>;
  exercises: Map<string, Exercise>;
  claims: Map<string, Claim>;
  ruleSettings: RuleSettings;
}

type Plain = Record<string, unknown>;

export const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map);

function child(node: unknown, key: string): unknown {
  if (node instanceof Map) return node.get(key);
  if (isPlainObject(node) && Object.hasOwn(node, key)) return node[key];
  return undefined;
}

function keysOf(node: unknown): string[] {
  if (node instanceof Map) return [...node.keys()].map(String);
  if (isPlainObject(node)) return Object.keys(node);
  return [];
}

export function getAt(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const key of segments) node = child(node, key);
  return node;
}

/** Sets (or, for undefined, removes) the value at a path whose parent exists; otherwise does nothing. */
export function setAt(root: unknown, segments: readonly string[], value: unknown): void {
  const parent = getAt(root, segments.slice(0, -1));
  const key = segments[segments.length - 1];
  if (key === undefined) return;
  if (parent instanceof Map) {
    if (value === undefined) parent.delete(key);
    else parent.set(key, value);
  } else if (isPlainObject(parent)) {
    if (value === undefined) delete parent[key];
    else parent[key] = value;
  }
}

/** Concrete paths for a lock path, with each `*` standing for the keys the tree has there. */
export function expandPath(root: unknown, segments: readonly string[]): string[][] {
  let paths: string[][] = [[]];
  for (const segment of segments) {
    paths = paths.flatMap((path) =>
      segment === '*' ? keysOf(getAt(root, path)).map((key) => [...path, key]) : [[...path, segment]],
    );
  }
  return paths;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if ((a instanceof Map || isPlainObject(a)) && (b instanceof Map || isPlainObject(b))) {
    const keys = keysOf(a);
    if (keys.length !== keysOf(b).length) return false;
    return keys.every((key) => deepEqual(child(a, key), child(b, key)));
  }
  return false;
}

/**
 * The paths at which two trees differ, as deep as both sides are objects: a changed tagline gives
 * `…/tagline`, a removed profile gives `profiles/<id>`. Arrays count as one value.
 */
export function changedPaths(a: unknown, b: unknown, prefix: readonly string[] = []): string[] {
  const branchy = (value: unknown) => value instanceof Map || isPlainObject(value);
  if (branchy(a) && branchy(b)) {
    const keys = new Set([...keysOf(a), ...keysOf(b)]);
    return [...keys].flatMap((key) => changedPaths(child(a, key), child(b, key), [...prefix, key]));
  }
  return deepEqual(a, b) ? [] : [prefix.join('/')];
}
