import { deepRule } from '../deep';

/** Runs with the deep rules (background, extension pages, CLI): the work is in ../deep/hoax-signs.ts, installed by deep/install.ts, so the content script stays within its size budget. */
export const hoaxSigns = deepRule({
  id: 'hoax-signs',
  category: 'hoax',
  takesPhrases: true,
  severity: 'warning',
});
