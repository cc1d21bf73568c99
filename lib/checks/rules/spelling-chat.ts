import { deepRule } from '../deep';

/** Runs where the lexicon lives (the work is in deep/, installed by deep/install.ts). */
export const spellingChat = deepRule({
  id: 'spelling-chat',
  category: 'spelling',
  severity: 'warning',
});
