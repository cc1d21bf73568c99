/**
 * EYD V on numbers: Rp without a dot and without a space (II.H, lambang mata uang: Rp5.000), a dot
 * between hours and minutes (III.A: pukul 08.00), a dot between thousands in amounts (III.A:
 * Rp1.500.000, 2.500 warga; not in years or numbers that are no amount).
 */
import { msg, type Draft, type RuleInput } from '../rule';
import { REF } from '../refs';

const RP = /\b(?:Rp|RP|rp)(?:\.\s*|\s+)(?=\d)/g;
const RP_AMOUNT = /\bRp(\d{1,3}(?:,\d{3})+|\d{4,})(?![\d.,]\d)/g;
const TIME = /(?<![\d.:])((?:[01]?\d|2[0-3])):([0-5]\d)(?::([0-5]\d))?(?![\d:])(?=\s*(?:WIB|WITA|WIT)\b)|(?<=\b(?:[Pp]ukul|[Jj]am|[Pp]kl\.?)\s)((?:[01]?\d|2[0-3])):([0-5]\d)(?![\d:])/g;
const COUNTED = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{4,})(?![\d.,]\d)(?=\s+(?:orang|warga|jiwa|peserta|penerima|keluarga|KK|KPM|unit|paket|ton|kg|liter|hektare|ha|rumah|buah|ekor|lembar|dosis|rupiah|pelajar|siswa|mahasiswa|pengunjung|penduduk|pasien|personel|relawan|pelaku|UMKM|bibit|pohon)\b)/g;

const SECTION_RP = 'EYD V (2022) II.H: lambang mata uang ditulis tanpa tanda titik dan langsung diikuti angka (Rp5.000,00)';
const SECTION_TIME = 'EYD V (2022) III.A: tanda titik dipakai untuk memisahkan angka jam, menit, dan detik (pukul 08.00)';
const SECTION_THOUSANDS = 'EYD V (2022) III.A: tanda titik dipakai untuk memisahkan bilangan ribuan atau kelipatannya yang menunjukkan jumlah (tidak pada tahun atau nomor)';

const TIME_AT = new RegExp(TIME.source, 'y');

/**
 * What `text.matchAll(TIME)` finds, without trying the pattern (and its lookbehind) at every
 * position of a long post: a match starts at the hour's first digit, one or two characters before
 * a colon, so the sticky pattern is tried only there, left to right, never inside a match found.
 */
function timeMatches(text: string): RegExpExecArray[] {
  const starts: number[] = [];
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    for (const p of [c - 2, c - 1]) if (p >= 0 && p !== starts[starts.length - 1] && isDigit(text.charCodeAt(p))) starts.push(p);
  }
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const p of starts) {
    if (p < end) continue;
    TIME_AT.lastIndex = p;
    const m = TIME_AT.exec(text);
    if (m === null) continue;
    out.push(m);
    end = p + m[0].length;
  }
  return out;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function dotted(digits: string): string {
  const plain = digits.replace(/,/g, '');
  return plain.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function runNumber({ text, scan }: RuleInput): Draft[] {
  const out: Draft[] = [];
  const push = (start: number, end: number, fix: string, message: Draft['message'], explanation: Draft['explanation']) => {
    if (scan.isProtected(start, end)) return;
    out.push({ start, end, message, explanation, reference: REF.eyd, suggestions: [fix], safe: true });
  };
  const hasRp = /rp/i.test(text);
  if (hasRp) for (const m of text.matchAll(RP)) {
    push(m.index, m.index + m[0].length, 'Rp', msg('Tulis "Rp" tanpa titik dan spasi: "Rp5.000".', 'Write "Rp" with no dot and no space: "Rp5.000".'), msg(`${SECTION_RP}.`, `${SECTION_RP}: the currency symbol has no dot and no space before the amount.`));
  }
  if (hasRp) for (const m of text.matchAll(RP_AMOUNT)) {
    const digits = m[1] as string;
    const start = m.index + 2;
    push(start, start + digits.length, dotted(digits), msg(`Pisahkan ribuan dengan titik: "Rp${dotted(digits)}".`, `Separate thousands with dots: "Rp${dotted(digits)}".`), msg(`${SECTION_THOUSANDS}.`, `${SECTION_THOUSANDS}: amounts take a dot between thousands.`));
  }
  for (const m of text.matchAll(COUNTED)) {
    const digits = m[1] as string;
    const n = Number(digits.replace(/,/g, ''));
    if (!digits.includes(',') && n < 1000) continue;
    push(m.index, m.index + digits.length, dotted(digits), msg(`Pisahkan ribuan dengan titik: "${dotted(digits)}".`, `Separate thousands with dots: "${dotted(digits)}".`), msg(`${SECTION_THOUSANDS}.`, `${SECTION_THOUSANDS}: counted amounts take a dot between thousands.`));
  }
  if (text.includes(':')) for (const m of timeMatches(text)) {
    const fix = m[0].replace(/:/g, '.');
    push(m.index, m.index + m[0].length, fix, msg(`Jam ditulis dengan titik: "${fix}".`, `Write times with a dot: "${fix}".`), msg(`${SECTION_TIME}.`, `${SECTION_TIME}: hours and minutes are separated by a dot (08.00 WIB).`));
  }
  return out;
}
