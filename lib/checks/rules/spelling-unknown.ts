import { deepRule } from '../deep';

/** Runs where the lexicon lives (the work is in deep/, installed by deep/install.ts). */
export const spellingUnknown = deepRule({
  id: 'spelling-unknown',
  category: 'spelling',
  severity: 'info',
});
