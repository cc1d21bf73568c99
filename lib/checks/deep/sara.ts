import { SARA } from '../data';
import { lexicon } from '../vocabulary/lexicon';
import { matchPhrases } from '../vocabulary/phrases';
import { presetPhrases } from '../vocabulary/presetPhrases';
import { nearPairs } from '../scan/proximity';
import { msg, type Draft, type RuleInput } from '../rule';
import { REF } from '../refs';


const EXPLAIN = msg(
  'Unggahan instansi tidak boleh memuat kebencian atau permusuhan berdasarkan suku, agama, ras dan antargolongan (SARA), juga istilah yang merendahkan kelompok. Pakai sebutan yang netral.',
  'Government posts must not carry hatred or hostility based on ethnicity, religion, race or group (SARA), nor terms that demean a group. Use neutral wording.',
);

const HOSTILE_MESSAGE = msg('Kalimat ini bisa dibaca sebagai ajakan bermusuhan terhadap kelompok.', 'This sentence can be read as hostility towards a group.');
const HOSTILE_REFERENCE = `${REF.se137}; ${REF.ite282}`;

const SWEEPING_MESSAGE = msg(
  'Generalisasi atau ajakan mengucilkan kelompok suku, agama, ras, asal, atau pendatang.',
  'A sweeping statement about, or a call to exclude, a group by ethnicity, religion, race, origin or as newcomers.',
);
const SWEEPING_EXPLAIN = msg(
  'Menyamaratakan satu kelompok ("suku itu memang …") atau mengajak mengucilkannya ("jangan beri mereka …", "usir …") dapat dibaca sebagai hasutan kebencian berdasarkan SARA (UU ITE Pasal 28 ayat 2, UU 1/2024). Tulis tentang perbuatan orang tertentu, bukan kelompoknya.',
  'Painting a whole group with one brush ("that tribe is always …") or calling to exclude it ("don\'t give them …", "drive them out") can be read as inciting SARA hatred (UU ITE Article 28(2), UU 1/2024). Write about what particular people did, not their group.',
);
const REPORTED_MESSAGE = msg(
  'Kutipan berisi generalisasi atau ajakan mengucilkan kelompok.',
  'A quotation that generalises about, or calls to exclude, a group.',
);
const REPORTED_EXPLAIN = msg(
  'Ini tampak sebagai ucapan orang lain yang dikutip. Pastikan kutipan perlu dimuat dan diberi konteks, agar unggahan instansi tidak ikut menyebarkan kebencian SARA (UU ITE Pasal 28 ayat 2).',
  "This looks like someone else's words, quoted. Make sure the quotation is needed and given context, so the post does not spread SARA hatred itself (UU ITE Article 28(2)).",
);
const REPORTING = /\b(?:kata|ujar|ujarnya|ungkap|ungkapnya|tutur|tuturnya|menurut|jelasnya|sebut|sebutnya|klaim|tegasnya|imbuhnya|tambahnya|mengatakan|menyebut|menyatakan)\b/i;

/** True when [start, end) sits inside quotation marks, or its sentence reports what someone said. */
function reported(text: string, start: number, end: number): boolean {
  // Only the sentence around the span (at most 300 characters back), so many spans stay linear.
  const window = text.slice(Math.max(0, start - 300), start);
  const cut = Math.max(window.lastIndexOf('.'), window.lastIndexOf('\n'), window.lastIndexOf('!'), window.lastIndexOf('?'));
  const before = window.slice(cut + 1);
  const after = text.slice(end, end + 300);
  const stop = after.search(/[.\n!?]/);
  const rest = stop < 0 ? after : after.slice(0, stop);
  const straight = (before.match(/"/g) ?? []).length;
  if (/“[^”]*$/.test(before) || (straight % 2 === 1 && rest.includes('"'))) return true;
  return REPORTING.test(before) || REPORTING.test(rest);
}

/** SARA: demeaning terms and hostile words aimed at an ethnic, religious or other group. */
/** The work of rule `sara` (registry entry: ../rules/sara.ts), run where the deep rules run. */
export function runSara({ text, scan, setting }: RuleInput): Draft[] {
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
  const sweeping = [...found.saraGeneral, ...found.saraExclusion];
  if (hostile.length === 0 && sweeping.length === 0) return out;
  // "suku bunga" (interest rate) and "suku cadang" (spare parts) name no group.
  const groups = found.groups.filter((g) => !/^\s+(?:bunga|cadang|cadangan|kata)\b/i.test(text.slice(g.end, g.end + 12)));
  const spans = [
    ...nearPairs(text, hostile, groups, 50).map((p) => ({ ...p, sweeping: false })),
    ...nearPairs(text, sweeping, groups, 80).map((p) => ({ ...p, sweeping: true })),
  ].sort((a, b) => a.start - b.start);
  // One finding per stretch: "suku itu memang susah diatur, jangan beri mereka bantuan" is one call.
  const merged: Array<{ start: number; end: number; sweeping: boolean }> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      last.sweeping &&= span.sweeping;
    } else merged.push({ ...span });
  }
  for (const m of merged) {
    if (scan.isProtected(m.start, m.end)) continue;
    if (reported(text, m.start, m.end)) {
      out.push({ start: m.start, end: m.end, message: REPORTED_MESSAGE, explanation: REPORTED_EXPLAIN, reference: HOSTILE_REFERENCE, severity: 'info' });
    } else if (m.sweeping) {
      out.push({ start: m.start, end: m.end, message: SWEEPING_MESSAGE, explanation: SWEEPING_EXPLAIN, reference: HOSTILE_REFERENCE });
    } else {
      out.push({ start: m.start, end: m.end, message: HOSTILE_MESSAGE, explanation: EXPLAIN, reference: HOSTILE_REFERENCE });
    }
  }
  return out;
}
