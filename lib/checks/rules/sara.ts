import { SARA } from '../data';
import { lexicon } from '../lexicon';
import { matchPhrases } from '../phrases';
import { presetPhrases } from '../presetPhrases';
import { nearPairs } from '../proximity';
import { msg, type Draft, type Rule } from '../rule';
import { REF } from '../refs';


const EXPLAIN = msg(
  'Unggahan instansi tidak boleh memuat kebencian atau permusuhan berdasarkan suku, agama, ras dan antargolongan (SARA), juga istilah yang merendahkan kelompok. Pakai sebutan yang netral.',
  'Government posts must not carry hatred or hostility based on ethnicity, religion, race or group (SARA), nor terms that demean a group. Use neutral wording.',
);

const HOSTILE_MESSAGE = msg('Kalimat ini bisa dibaca sebagai ajakan bermusuhan terhadap kelompok.', 'This sentence can be read as hostility towards a group.');
const HOSTILE_REFERENCE = `${REF.se137}; ${REF.ite282}`;

/** SARA: demeaning terms and hostile words aimed at an ethnic, religious or other group. */
export const sara: Rule = {
  id: 'sara',
  category: 'sensitive',
  takesPhrases: true,
  severity: 'warning',
  description: msg(
    'Istilah yang merendahkan kelompok atau ajakan bermusuhan terhadap suku, agama, ras dan antargolongan (SARA).',
    'Terms that demean a group, or hostility towards an ethnicity, religion, race or group (SARA).',
  ),
  run({ text, scan, setting }) {
    const found = lexicon(scan, text);
    const out: Draft[] = [];
    for (const m of found.saraTerms) {
      const term = SARA.terms[m.payload];
      if (term === undefined || scan.isProtected(m.start, m.end)) continue;
      out.push({
        start: m.start,
        end: m.end,
        message: msg(`"${m.text}" dapat dianggap merendahkan kelompok.`, `"${m.text}" can be read as demeaning a group.`),
        explanation: EXPLAIN,
        reference: term.source,
        ...(term.suggestion === undefined ? {} : { suggestions: [term.suggestion] }),
      });
    }
    const hostile = [...found.hostility, ...matchPhrases(presetPhrases(setting?.phrases), text)];
    if (hostile.length === 0) return out;
    for (const pair of nearPairs(text, hostile, found.groups, 50)) {
      out.push({ start: pair.start, end: pair.end, message: HOSTILE_MESSAGE, explanation: EXPLAIN, reference: HOSTILE_REFERENCE });
    }
    return out;
  },
};
