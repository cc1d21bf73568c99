import { deepRule } from '../deep';
import { msg } from '../rule';

/** Runs where the lexicon lives (the work is in deep/, installed by deep/install.ts). */
export const spellingPreposition = deepRule({
  id: 'spelling-preposition',
  category: 'spelling',
  severity: 'warning',
  description: msg(
    'Kata depan di/ke ditulis terpisah dari tempat dan waktu (dirumah → di rumah, kesana → ke sana), awalan di- serangkai dengan kata kerja (di tulis → ditulis); EYD V II.F, II.B.',
    'The prepositions di/ke written apart from places and times (dirumah → di rumah, kesana → ke sana), the prefix di- joined to verbs (di tulis → ditulis); EYD V II.F, II.B.',
  ),
});
