import { msg, type Draft, type RuleInput } from '../rule';
import { PDP_LINKS, REF } from '../refs';
import type { Profile } from '../types';

/*
 * A request for a citizen's personal data where everyone reads it ("kirim NIK di kolom komentar",
 * "sebutkan alamat lengkap"). Judged per sentence: a data word and a request verb, not negated
 * ("jangan tulis NIK di sini"), and either a public place named or no private channel offered.
 * The words are the ones Diskominfo guidance on answering comments warns about (see
 * ../shared/reference/indonesia.md: UU 27/2022 PDP, SE MenPANRB 137/2018 on social media).
 */
const DATA =
  /\b(?:nik|no\.?\s?kk|nomor\s+kk|kartu\s+keluarga|(?:nomor|no\.?|foto)\s+ktp|ktp|e-ktp|alamat\s+(?:lengkap|rumah|domisili)|(?:nomor|no\.?)\s+(?:hp|handphone|ponsel|telepon|telp\.?|wa|whatsapp)|tanggal\s+lahir|tgl\.?\s+lahir|nama\s+ibu(?:\s+kandung)?|(?:nomor|no\.?)\s+rekening|no\.?\s?rek|(?:kode\s+)?otp|data\s+(?:diri|pribadi)|identitas\s+lengkap)\b/g;
const VERB =
  /\b(?:kirim(?:kan)?|tulis(?:kan)?|sebut(?:kan)?|cantumkan|beri(?:kan)?|kasih|lampirkan|sertakan|share|bagikan|infokan|informasikan|ketik(?:kan)?|komen(?:kan)?|tinggalkan|isi(?:kan)?|drop)\b/;
const PUBLIC = /\b(?:kolom\s+komentar|komentar|komen|kolom\s+balasan|di\s+sini|di\s+bawah|reply|balasan\s+ini)\b/;
const PRIVATE =
  /\b(?:dm|direct\s+message|pesan\s+langsung|pesan\s+pribadi|inbox|japri|whatsapp|wa|surel|e-?mail|sp4n|lapor|formulir|loket|kantor|aplikasi|laman|situs|call\s+center|telepon)\b/;
const NEGATED = /\b(?:jangan|tidak\s+perlu|tak\s+perlu|hindari|dilarang|bukan\s+di)\b/;
/** Sentences end at . ! ? or a line break; the end keeps its punctuation. */
const SENTENCE = /[^.!?\n]+[.!?]*/g;

function isRequest(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  DATA.lastIndex = 0;
  if (!DATA.test(lower)) return false;
  if (!VERB.test(lower) || NEGATED.test(lower)) return false;
  // "nomor WA" is data, not a private channel: look for channels with the data words taken out.
  const rest = lower.replace(DATA, ' ');
  return PUBLIC.test(rest) || !PRIVATE.test(rest);
}

/** The answer admins are taught to give instead, with the institution's WhatsApp when it has one. */
export function directMessageAnswer(profile: Profile | undefined): string {
  const whatsapp = profile?.contacts.find((c) => c.kind === 'whatsapp' && c.value.trim() !== '')?.value.trim();
  const channel = whatsapp ? `pesan langsung (DM) atau WhatsApp resmi ${whatsapp}` : 'pesan langsung (DM)';
  return `Mohon kirimkan data Anda melalui ${channel}, bukan di kolom komentar, agar data pribadi Anda tetap aman.`;
}

/** The work of rule `personal-data-request` (registry entry: ../rules/personal-data-request.ts), run where the deep rules run. */
export function runDataRequest({ text, ctx }: RuleInput): Draft[] {
  const drafts: Draft[] = [];
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m !== null; m = SENTENCE.exec(text)) {
    const raw = m[0];
    if (!isRequest(raw)) continue;
    const lead = raw.length - raw.trimStart().length;
    const start = m.index + lead;
    const end = m.index + raw.trimEnd().length;
    drafts.push({
      start,
      end,
      message: msg('Meminta data pribadi warga di kolom komentar yang dibaca semua orang.', "Asks for a citizen's personal data in a comment everyone can read."),
      explanation: msg(
        'NIK, nomor KK, alamat, nomor ponsel, dan tanggal lahir yang ditulis di komentar dapat dibaca dan disalahgunakan siapa saja. Minta warga mengirimkannya melalui pesan langsung atau kanal resmi.',
        'NIK, family card numbers, addresses, phone numbers and birth dates written in comments can be read and misused by anyone. Ask citizens to send them by direct message or an official channel.',
      ),
      reference: REF.pdp,
      suggestions: [directMessageAnswer(ctx.profile)],
      links: PDP_LINKS,
    });
  }
  return drafts;
}
