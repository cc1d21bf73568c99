/** Matchers for the extra phrases a preset adds to a rule, escaped and compiled once per list. */
import { compilePhrases } from './phrases';

const cache = new WeakMap<readonly string[], RegExp | null>();

export function presetPhrases(phrases: readonly string[] | undefined): RegExp | null {
  if (phrases === undefined || phrases.length === 0) return null;
  let re = cache.get(phrases);
  if (re === undefined) {
    re = compilePhrases(phrases);
    cache.set(phrases, re);
  }
  return re;
}
