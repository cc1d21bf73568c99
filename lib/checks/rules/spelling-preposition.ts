import { deepRule } from '../deep';

/** Runs where the lexicon lives (the work is in deep/, installed by deep/install.ts). */
export const spellingPreposition = deepRule({
  id: 'spelling-preposition',
  category: 'spelling',
  severity: 'warning',
});
