import { deepRule } from '../deep';
import { msg } from '../rule';

/** Non-standard spellings per KBBI / EYD V (data/spelling.json; the work is in deep/spelling.ts). */
export const spelling = deepRule({
  id: 'spelling',
  category: 'spelling',
  severity: 'warning',
  description: msg(
    'Ejaan tidak baku yang sering muncul di unggahan resmi (ijin → izin, himbauan → imbauan; daftar di lib/checks/data/spelling.json).',
    'Non-standard spellings common in official posts (ijin → izin, himbauan → imbauan; list in lib/checks/data/spelling.json).',
  ),
});
