/** The items a list shows: the merged ones, then local ones the merge left out (expired, hidden). */
export function listedItems<T extends { id: string }>(effective: readonly T[], local: readonly T[]): T[] {
  const ids = new Set(effective.map((item) => item.id));
  return [...effective, ...local.filter((item) => !ids.has(item.id))];
}
