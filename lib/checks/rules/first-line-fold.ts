import { PATTERNS } from '../scan/patterns';
import { msg, type Rule } from '../rule';
import { safeCut } from '../scan/text';

/** The opening paragraph runs past the "… more" cut, so the key message may be hidden. */
export const firstLineFold: Rule = {
  id: 'first-line-fold',
  category: 'length',
  severity: 'info',
  postOnly: true,
  run({ text, limits }) {
    const fold = limits.foldAt;
    if (fold === null) return [];
    const lineEnd = text.search(PATTERNS.lineBreak);
    const firstEnd = lineEnd === -1 ? text.length : lineEnd;
    if (firstEnd <= fold) return [];
    return [
      {
        start: safeCut(text, fold),
        end: firstEnd,
        message: msg(
          `Hanya ${fold} karakter pertama tampil sebelum "… selengkapnya".`,
          `Only the first ${fold} characters show before "… more".`,
        ),
        explanation: msg(
          'Kebanyakan orang hanya membaca bagian yang tampil. Taruh inti pesan (apa, kapan, di mana) di kalimat pertama yang pendek.',
          'Most people read only what is shown. Put the key message (what, when, where) in a short first sentence.',
        ),
      },
    ];
  },
};
