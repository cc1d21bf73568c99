import { deepRule } from '../deep';

/** Runs with the deep rules (background, extension pages, CLI): the work is in ../deep/data-request.ts, installed by deep/install.ts, so the content script stays within its size budget. */
export const personalDataRequest = deepRule({
  id: 'personal-data-request',
  category: 'personal-data',
  severity: 'error',
});
