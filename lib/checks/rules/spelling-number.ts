import { deepRule } from '../deep';

/** Runs where the lexicon lives (the work is in deep/, installed by deep/install.ts). */
export const spellingNumber = deepRule({
  id: 'spelling-number',
  category: 'spelling',
  severity: 'warning',
});
