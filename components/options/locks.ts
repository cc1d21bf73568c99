/**
 * Reading the snapshot's locked paths. Keys are concrete paths ("profiles/pemkab/hashtags/required")
 * mapped to who locked them; a lock on a path also covers everything inside it.
 */
export function lockOwner(locked: Readonly<Record<string, string>>, path: string): string | undefined {
  if (Object.hasOwn(locked, path)) return locked[path];
  const segments = path.split('/');
  for (let n = segments.length - 1; n > 0; n--) {
    const ancestor = segments.slice(0, n).join('/');
    if (Object.hasOwn(locked, ancestor)) return locked[ancestor];
  }
  return undefined;
}

/** Whether anything at or inside a path is locked (e.g. some field of a profile). */
export function hasLockInside(locked: Readonly<Record<string, string>>, path: string): boolean {
  const prefix = `${path}/`;
  return lockOwner(locked, path) !== undefined || Object.keys(locked).some((key) => key.startsWith(prefix));
}

/** A lookup bound to one item, so forms can ask `lockOf('hashtags/required')`. */
export function itemLocks(locked: Readonly<Record<string, string>>, kind: string, id: string): (field: string) => string | undefined {
  return (field) => lockOwner(locked, field ? `${kind}/${id}/${field}` : `${kind}/${id}`);
}
