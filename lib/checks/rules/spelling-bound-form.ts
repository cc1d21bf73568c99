import { deepRule } from '../deep';

/** Runs with the deep rules (background, extension pages, CLI): the work is in ../deep/bound-form.ts, installed by deep/install.ts, so the content script stays within its size budget. */
export const spellingBoundForm = deepRule({
  id: 'spelling-bound-form',
  category: 'spelling',
  severity: 'warning',
});
