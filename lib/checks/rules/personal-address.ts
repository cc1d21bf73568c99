import { deepRule } from '../deep';

/** Runs with the deep rules (the work is in deep/personal.ts, installed by deep/install.ts). */
export const personalAddress = deepRule({
  id: 'personal-address',
  category: 'personal-data',
  severity: 'warning',
});
