import { deepRule } from '../deep';

/** Runs where the lexicon lives (the work is in deep/, installed by deep/install.ts). */
export const spellingParticle = deepRule({
  id: 'spelling-particle',
  category: 'spelling',
  severity: 'warning',
});
