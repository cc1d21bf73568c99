import { deepRule } from '../deep';
import { msg } from '../rule';

/** Runs where the lexicon lives (the work is in deep/, installed by deep/install.ts). */
export const spellingNumber = deepRule({
  id: 'spelling-number',
  category: 'spelling',
  severity: 'warning',
  description: msg(
    'Penulisan angka: Rp tanpa titik dan spasi (Rp 5.000 → Rp5.000), jam dengan titik (08:00 WIB → 08.00 WIB), ribuan dengan titik (Rp1500000 → Rp1.500.000); EYD V II.H, III.A.',
    'Numbers: Rp with no dot or space (Rp 5.000 → Rp5.000), times with a dot (08:00 WIB → 08.00 WIB), thousands with dots (Rp1500000 → Rp1.500.000); EYD V II.H, III.A.',
  ),
});
