import { deepRule } from '../deep';

/** Runs where the lexicon lives (the work is in deep/, installed by deep/install.ts). */
export const spellingCapital = deepRule({
  id: 'spelling-capital',
  category: 'spelling',
  severity: 'warning',
});
