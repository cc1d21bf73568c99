/** Matchers derived from the active profile, compiled once per profile object. */
import { PATTERNS } from '../scan/patterns';
import { compilePhrases } from '../vocabulary/phrases';
import type { Profile } from '../types';

export interface CompiledProfile {
  shortNames: RegExp | null;
  officialName: RegExp | null;
  tagline: RegExp | null;
}

const cache = new WeakMap<Profile, CompiledProfile>();

export function compileProfile(profile: Profile): CompiledProfile {
  let compiled = cache.get(profile);
  if (compiled === undefined) {
    compiled = {
      shortNames: compilePhrases(profile.shortNames),
      officialName: compilePhrases([profile.officialName]),
      tagline: profile.tagline === undefined ? null : compilePhrases([profile.tagline]),
    };
    cache.set(profile, compiled);
  }
  return compiled;
}

/** Handles compare without case, dots and underscores: "Diskominfo.Sleman" ~ "diskominfo_sleman". */
export function handleKey(handle: string): string {
  return handle.toLowerCase().replace(PATTERNS.handlePunct, '');
}

/** Edit distance capped at 2 (enough to tell "one typo" from "another account"). */
export function closeEnough(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const restA = a.length - i - j;
  const restB = b.length - i - j;
  if (restA <= 1 && restB <= 1) return true;
  // One transposition: "slemna" for "sleman".
  return restA === 2 && restB === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
}
