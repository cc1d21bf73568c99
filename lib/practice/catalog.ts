/** The exercises a trainee sees: the built-in ones, then the class pack's, easiest first in each. */
import { isExpired } from '../presets/dates';
import { EXERCISE_LEVELS, type Exercise } from '../presets/types';
import { BUILTIN_EXERCISES } from './exercises';

export interface CatalogEntry {
  exercise: Exercise;
  /** Built-in exercises run against the practice institution; pack ones against the class pack. */
  source: 'builtin' | 'pack';
}

const rank = (e: Exercise) => EXERCISE_LEVELS.indexOf(e.level);

export function exerciseCatalog(fromPacks: readonly Exercise[], today: string): CatalogEntry[] {
  const builtinIds = new Set(BUILTIN_EXERCISES.map((e) => e.id));
  const pack = fromPacks
    .filter((e) => !builtinIds.has(e.id) && !isExpired(e.expires, today))
    .map((exercise, index) => ({ exercise, index }))
    // Stable: a trainer's own order holds within a level.
    .sort((a, b) => rank(a.exercise) - rank(b.exercise) || a.index - b.index)
    .map(({ exercise }): CatalogEntry => ({ exercise, source: 'pack' }));
  return [...BUILTIN_EXERCISES.map((exercise): CatalogEntry => ({ exercise, source: 'builtin' })), ...pack];
}
