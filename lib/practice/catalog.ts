/**
 * The exercises a trainee sees: the built-in ones, then the class pack's, easiest first in each,
 * then the class pack's expired ones, listed as expired (a trainee who was told "exercise 3" must
 * see that it ended, not look for it in vain).
 */
import { isExpired } from '../presets/dates';
import { EXERCISE_LEVELS, type Exercise } from '../presets/types';
import { BUILTIN_EXERCISES } from './exercises';

export interface CatalogEntry {
  exercise: Exercise;
  /** Built-in exercises run against the practice institution; pack ones against the class pack. */
  source: 'builtin' | 'pack';
  /** A pack exercise past its `expires` day: listed, not startable. */
  expired?: boolean;
}

const rank = (e: Exercise) => EXERCISE_LEVELS.indexOf(e.level);

/** Stable: a trainer's own order holds within a level. */
function byLevel(exercises: readonly Exercise[]): Exercise[] {
  return exercises
    .map((exercise, index) => ({ exercise, index }))
    .sort((a, b) => rank(a.exercise) - rank(b.exercise) || a.index - b.index)
    .map(({ exercise }) => exercise);
}

/**
 * `fromPacks` may hold expired exercises (the background sends them apart from the live ones); a
 * live exercise wins over an expired one with the same id (the trainer handed out a newer pack).
 */
export function exerciseCatalog(fromPacks: readonly Exercise[], today: string): CatalogEntry[] {
  const builtinIds = new Set(BUILTIN_EXERCISES.map((e) => e.id));
  const own = fromPacks.filter((e) => !builtinIds.has(e.id));
  const live = own.filter((e) => !isExpired(e.expires, today));
  const liveIds = new Set(live.map((e) => e.id));
  const seen = new Set<string>();
  const expired = own.filter((e) => isExpired(e.expires, today) && !liveIds.has(e.id) && !seen.has(e.id) && seen.add(e.id));
  return [
    ...BUILTIN_EXERCISES.map((exercise): CatalogEntry => ({ exercise, source: 'builtin' })),
    ...byLevel(live).map((exercise): CatalogEntry => ({ exercise, source: 'pack' })),
    ...byLevel(expired).map((exercise): CatalogEntry => ({ exercise, source: 'pack', expired: true })),
  ];
}

/** The entries a trainee can start (next exercise, tours): expired ones are only listed. */
export function startable(catalog: readonly CatalogEntry[]): CatalogEntry[] {
  return catalog.filter((e) => !e.expired);
}
