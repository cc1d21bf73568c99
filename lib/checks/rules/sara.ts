import { deepRule } from '../deep';

/** Runs with the deep rules (background, extension pages, CLI): the work is in ../deep/sara.ts, installed by deep/install.ts, so the content script stays within its size budget. */
export const sara = deepRule({
  id: 'sara',
  category: 'sensitive',
  takesPhrases: true,
  severity: 'warning',
});
