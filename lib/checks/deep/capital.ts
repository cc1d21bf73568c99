/** EYD V I.E (huruf kapital): names of days, months and holy days start with a capital. */
import { msg, type Draft, type RuleInput } from '../rule';
import { REF } from '../refs';
import type { Word } from '../scan/tokens';

const NAMES = new Set([
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'ahad',
  'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember',
  'idulfitri', 'iduladha', 'imlek', 'waisak', 'nyepi',
]);
const SECTION = 'EYD V (2022) I.E: huruf kapital dipakai sebagai huruf pertama nama hari, bulan, tahun, dan hari raya';

/** "minggu" is also "week": only the day when "hari" is before it or a date after it. */
function isDaySunday(words: readonly Word[], i: number, text: string): boolean {
  const prev = words[i - 1];
  if (prev?.lower === 'hari') return true;
  const word = words[i] as Word;
  return /^,?\s*\(?\d{1,2}\b/.test(text.slice(word.end, word.end + 6));
}

export function runCapital({ text, scan, allowed }: RuleInput): Draft[] {
  const words = scan.words();
  const out: Draft[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (word.text !== word.lower) continue;
    const isName = NAMES.has(word.lower) || (word.lower === 'minggu' && isDaySunday(words, i, text));
    if (!isName || allowed.has(word.lower) || scan.isProtected(word.start, word.end)) continue;
    const right = word.text[0]?.toUpperCase() + word.text.slice(1);
    out.push({
      start: word.start,
      end: word.end,
      message: msg(`Nama hari dan bulan diawali huruf kapital: "${right}".`, `Day and month names take a capital: "${right}".`),
      explanation: msg(`${SECTION} (Senin, 17 Agustus; Idulfitri).`, `${SECTION}: names of days, months and holy days start with a capital letter (Senin, 17 Agustus, Idulfitri).`),
      reference: REF.eyd,
      suggestions: [right],
      safe: true,
    });
  }
  return out;
}
