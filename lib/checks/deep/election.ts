import { lexicon } from '../vocabulary/lexicon';
import { matchPhrases } from '../vocabulary/phrases';
import { presetPhrases } from '../vocabulary/presetPhrases';
import { nearPairs } from '../scan/proximity';
import { msg, type Draft, type RuleInput } from '../rule';
import { REF } from '../refs';
import { overlapsAny } from '../scan/scan';


const EXPLAIN = msg(
  'ASN dan akun instansi wajib netral dalam pemilu dan pilkada: tidak mengunggah, menyukai atau membagikan dukungan untuk calon atau partai, termasuk simbol dan gestur kampanye. Mengajak warga datang ke TPS boleh; mengarahkan pilihan tidak.',
  'Civil servants and government accounts must stay neutral in elections: no posts, likes or shares supporting a candidate or party, including campaign symbols and gestures. Encouraging turnout is fine; steering the vote is not.',
);

const MESSAGE = msg('Bisa dibaca sebagai dukungan kepada calon atau partai.', 'Can be read as support for a candidate or party.');

function draft(span: { start: number; end: number }): Draft {
  return { start: span.start, end: span.end, message: MESSAGE, explanation: EXPLAIN, reference: REF.skb };
}

/** Campaigning in a government post: support for a candidate or party, campaign gestures. */
/** The work of rule `election-neutrality` (registry entry: ../rules/election-neutrality.ts), run where the deep rules run. */
export function runElection({ text, scan, setting }: RuleInput): Draft[] {
  const found = lexicon(scan, text);
  const direct = [...found.electionPhrases, ...matchPhrases(presetPhrases(setting?.phrases), text)].sort((a, b) => a.start - b.start);
  // Campaign hashtags are the point of the list; other protected ranges (URLs, mentions) are not prose.
  const out = direct.filter((m) => !scan.isProtected(m.start, m.end) || m.text.startsWith('#')).map(draft);
  const support = found.support;
  if (support.length === 0) return out;
  for (const pair of nearPairs(text, support, found.candidates, 40)) {
    if (!overlapsAny(direct, pair.start, pair.end)) out.push(draft(pair));
  }
  return out;
}
