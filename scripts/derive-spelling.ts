/**
 * Adds the affixed forms of the hand-written spelling entries to lib/checks/data/spelling.json:
 * ijin → izin gives mengijinkan → mengizinkan, perijinan → perizinan … An affixed pair is kept only
 * when its standard form is in the lexicon (hunspell-id + lexicon-extra), so the list never
 * suggests a word KBBI does not have, and never when the non-standard form is itself a word the
 * lexicon knows while its base is not (a real word with another meaning). Idempotent: entries with
 * `derivedFrom` are rebuilt on every run; hand-written entries are never touched.
 *
 *   npx tsx scripts/derive-spelling.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEXICON } from '../lib/checks/deep/data';
import type { SpellingEntry } from '../lib/checks/data/schema';
import { nasal } from '../lib/checks/deep/morph';

const file = join(dirname(fileURLToPath(import.meta.url)), '../lib/checks/data/spelling.json');
const all = JSON.parse(readFileSync(file, 'utf8')) as SpellingEntry[];
const hand = all.filter((e) => e.derivedFrom === undefined);
const taken = new Set(hand.map((e) => e.wrong));

const ber = (s: string) => (s.startsWith('r') ? `be${s}` : `ber${s}`);
const per = (s: string) => (s.startsWith('r') ? `pe${s}` : `per${s}`);

const PATTERNS: Array<(s: string) => string> = [
  (s) => `di${s}`,
  (s) => `di${s}kan`,
  (s) => `di${s}i`,
  (s) => nasal(s, 'me'),
  (s) => `${nasal(s, 'me')}kan`,
  (s) => `${nasal(s, 'me')}i`,
  (s) => nasal(s, 'pe'),
  (s) => `${nasal(s, 'pe')}an`,
  (s) => ber(s),
  (s) => `${ber(s)}an`,
  (s) => `ter${s}`,
  (s) => `ke${s}an`,
  (s) => `${per(s)}an`,
  (s) => `diper${s}kan`,
  (s) => `memper${s}kan`,
  (s) => `${s}an`,
  (s) => `${s}kan`,
  (s) => `${s}i`,
  (s) => `ter${s}kan`,
  (s) => `ber${s}kan`,
  (s) => `diper${s}i`,
  (s) => `memper${s}i`,
];

/**
 * Derived pairs whose standard form is a different word (kopor → mengopor would say "mengoper", slametan →
 * penslametan would say "penyelamatan", rescue), or a form the lexicon's affix rules allow but nobody writes.
 */
const AVOID = new Set([
  'mengopor', 'berhandal', 'berhandalkan', 'penaubatan',
  'kesportipan', 'keelegantan', 'mengefisientkan', 'memobilisirkan', 'pemobilisiran', 'menginventarisirkan', 'mengisolirkan', 'pengisolir',
  'pengisoliran', 'bereconomi', 'bersolat', 'menyodaqahi', 'berwuquf', 'penslametan', 'berslametan', 'berblimbing',
  'berblimbingan', 'pengassuransian', 'memusiumkan', 'permusiuman', 'mendashyat', 'mendashyatkan', 'berintropeksi', 'kemukjijatan',
  'mengautomatiskan', 'pengautomatisan', 'memanityai', 'pengapartementan', 'menasionil', 'penasionilan', 'kenasionilan', 'mengekslusifkan',
  'berimmigrasi', 'menginternasionil', 'menginternasionilkan', 'penginternasionilan',
]);

const DIGRAPH = /^(?:sh|th|ph|dh|dz|kh|ts|sy)/;

const AFFIXED = /^(?:me|di|pe|ber|ter|ke|se)/;
const derived: SpellingEntry[] = [];
for (const base of hand) {
  if (base.wrong.includes(' ') || base.right.includes(' ') || base.wrong.includes("'")) continue;
  const right = base.right.toLowerCase();
  // Bases that already carry an affix (menganalisa) would only make double prefixes.
  if (AFFIXED.test(base.wrong) && AFFIXED.test(right)) continue;
  if (right !== base.right) continue; // proper nouns (Ramadan, Februari) take no affixes here
  // Short stems make homographs (mall → "termall" would become "termal", thermal).
  if (right.length < 5 || base.wrong.length < 5 || /nya$/.test(base.wrong)) continue;
  const baseIsWord = LEXICON.has(base.wrong);
  for (const make of PATTERNS) {
    const w = make(base.wrong);
    const r = make(right);
    if (w === r || taken.has(w) || !LEXICON.has(r) || AVOID.has(w)) continue;
    // meN-/peN- must take the same shape on both stems (ijin/izin: meng-, meng-); system/sistem
    // would make "mensystem", a form nobody writes, and fikir/pikir two different prefixes.
    if (w.length - base.wrong.length !== r.length - right.length || w.slice(0, 3) !== r.slice(0, 3)) continue;
    // Digraphs of Arabic and English spellings (sh, th, dz …) take no Indonesian prefix shape.
    if (w !== `${w.slice(0, w.length - base.wrong.length)}${base.wrong}` && DIGRAPH.test(base.wrong)) continue;
    if (DIGRAPH.test(base.wrong) && /^(?:me|pe)n/.test(w)) continue;
    if (!baseIsWord && LEXICON.has(w)) continue;
    taken.add(w);
    derived.push({ wrong: w, right: r, source: `KBBI VI Daring: ${r} (turunan ${right})`, derivedFrom: base.wrong });
  }
}

const out = [...hand, ...derived];
writeFileSync(file, `[\n${out.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
console.log(`${hand.length} hand-written + ${derived.length} derived = ${out.length} entries`);
