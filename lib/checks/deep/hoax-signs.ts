import { clarification, findSigns, type Sign, type SignKind } from '../vocabulary/hoax';
import { msg, type Draft, type Msg, type RuleInput } from '../rule';
import { FACT_CHECK_LINKS, REF } from '../refs';
import type { Severity } from '../types';

const SIGN_MESSAGES: Record<SignKind, Msg> = {
  spread: msg('Ajakan menyebarkan pesan adalah ciri hoaks.', 'Asking readers to spread the message is a hoax sign.'),
  'no-source': msg('Sumber tidak jelas ("katanya", "dari grup sebelah").', 'No clear source ("katanya", "from another group").'),
  pressure: msg('Huruf kapital atau tanda seru beruntun menekan pembaca.', 'Capitals or runs of exclamation marks pressure the reader.'),
  miracle: msg('Klaim kesembuhan yang terlalu bagus untuk benar.', 'A health claim too good to be true.'),
  'free-money': msg('Janji uang atau bantuan yang terlalu mudah.', 'A promise of easy money or aid.'),
  conspiracy: msg('Bahasa konspirasi ("yang disembunyikan").', 'Conspiracy language ("what they hide").'),
  'disaster-time': msg('Peringatan bencana dengan jam pasti.', 'A disaster warning with an exact time.'),
  preset: msg('Frasa yang ditandai preset instansi sebagai ciri hoaks.', "A phrase your institution's preset marks as a hoax sign."),
  'short-link': msg('Tautan pendek bersama janji bantuan.', 'A short link together with a promise of aid.'),
};

/** One weak sign is worth a look; two strong signs of different kinds make a likely hoax. */
export function scoreSeverity(signs: Sign[]): Severity {
  const strongest = new Map<SignKind, number>();
  for (const s of signs) strongest.set(s.kind, Math.max(strongest.get(s.kind) ?? 0, s.weight));
  let score = 0;
  let strongKinds = 0;
  for (const w of strongest.values()) {
    score += w;
    if (w === 2) strongKinds++;
  }
  if (strongKinds >= 2) return 'error';
  return score >= 2 ? 'warning' : 'info';
}

function explanation(count: number): Msg {
  return msg(
    `Ditemukan ${count} ciri hoaks. Pastikan informasi berasal dari sumber resmi yang jelas dan cek dulu di situs cek fakta sebelum mengunggah; instansi wajib meluruskan hoaks, bukan menyebarkannya.`,
    `${count} hoax sign(s) found. Make sure the information comes from a clear official source and check it on a fact-checking site before posting; government accounts counter hoaxes, never spread them.`,
  );
}

/** Signs of a hoax, scored together; official clarifications with a source are left alone. */
/** The work of rule `hoax-signs` (registry entry: ../rules/hoax-signs.ts), run where the deep rules run. */
export function runHoaxSigns(input: RuleInput): Draft[] {
  const label = clarification(input);
  if (label !== null) {
    if (label.sourced) return [];
    return [
      {
        start: label.start,
        end: label.end,
        severity: 'info',
        message: msg('Klarifikasi hoaks tanpa sumber.', 'A hoax clarification without a source.'),
        explanation: msg(
          'Label [HOAKS]/[SALAH] adalah praktik yang baik. Tambahkan "Sumber:" dengan tautan resmi atau penjelasan instansi yang berwenang agar warga bisa memeriksa.',
          'A [HOAKS]/[SALAH] label is good practice. Add "Sumber:" with an official link or the responsible agency\'s explanation so citizens can check.',
        ),
        reference: REF.panrb83,
        links: FACT_CHECK_LINKS,
      },
    ];
  }
  const signs = findSigns(input);
  if (signs.length === 0) return [];
  const severity = scoreSeverity(signs);
  const why = explanation(signs.length);
  return signs.map(
    (s): Draft => ({
      start: s.start,
      end: s.end,
      severity,
      message: SIGN_MESSAGES[s.kind],
      explanation: why,
      reference: `${REF.ite283}; ${REF.se137}`,
      links: FACT_CHECK_LINKS,
    }),
  );
}
