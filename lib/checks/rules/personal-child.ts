import { deepRule } from '../deep';

/** Runs with the deep rules (the work is in deep/personal.ts, installed by deep/install.ts). */
export const personalChild = deepRule({
  id: 'personal-child',
  category: 'personal-data',
  severity: 'warning',
});
