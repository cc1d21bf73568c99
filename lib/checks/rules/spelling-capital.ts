import { deepRule } from '../deep';
import { msg } from '../rule';

/** Runs where the lexicon lives (the work is in deep/, installed by deep/install.ts). */
export const spellingCapital = deepRule({
  id: 'spelling-capital',
  category: 'spelling',
  severity: 'warning',
  description: msg(
    'Nama hari, bulan, dan hari raya diawali huruf kapital (senin → Senin, agustus → Agustus); EYD V I.E.',
    'Names of days, months and holy days with a capital (senin → Senin, agustus → Agustus); EYD V I.E.',
  ),
});
