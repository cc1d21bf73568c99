import { deepRule } from '../deep';

/** Non-standard spellings per KBBI / EYD V (data/spelling.json; the work is in deep/spelling.ts). */
export const spelling = deepRule({
  id: 'spelling',
  category: 'spelling',
  severity: 'warning',
});
