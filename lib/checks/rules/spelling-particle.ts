import { deepRule } from '../deep';
import { msg } from '../rule';

/** Runs where the lexicon lives (the work is in deep/, installed by deep/install.ts). */
export const spellingParticle = deepRule({
  id: 'spelling-particle',
  category: 'spelling',
  severity: 'warning',
  description: msg(
    'Partikel -nya/-lah/-kah serangkai (rumah nya → rumahnya), pun terpisah (apapun → apa pun) kecuali kata penghubung (walaupun, meskipun); EYD V II.G.',
    'The particles -nya/-lah/-kah joined (rumah nya → rumahnya), pun apart (apapun → apa pun) except in conjunctions (walaupun, meskipun); EYD V II.G.',
  ),
});
