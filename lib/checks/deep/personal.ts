/**
 * Personal data beyond NIK, phone and e-mail (UU 27/2022 PDP): a citizen's home address next to
 * their name or in a list of recipients, bank account numbers labelled as such, and a child's name
 * with their school and class (children's data is specific personal data, Pasal 4).
 */
import { msg, type Draft, type RuleInput } from '../rule';
import { PDP_LINKS, REF } from '../refs';

const STREET = /\b(?:Jl|Jln|Gg)\.?\s+[A-Z0-9][\w.' -]{1,40}?\s+(?:No|Nomor|no)\.?\s*\d+[A-Za-z]?(?:\/\d+)?|\b(?:Jalan|Gang)\s+[A-Z][\w.' -]{1,40}?\s+(?:No|Nomor|no)\.?\s*\d+[A-Za-z]?/g;
const RT_RW = /\bRT\.?\s*0*\d{1,3}\s*(?:\/\s*(?:RW\.?\s*)?|,?\s*RW\.?\s*)0*\d{1,3}\b/g;
/** A person named right before the address: a title, "a.n." or "Nama". */
const PERSON = /(?:\b(?:Bapak|Ibu|Bpk|Sdr|Sdri|Saudara|Saudari|Tn|Ny|Nn|Almarhum|Almarhumah|Alm)\.?\s+[A-Z][a-z]+|\b(?:a\.n\.|an\.|atas nama|bernama|Nama\s*:)\s*[A-Z][a-z]+)/;
/** A line of a numbered or bulleted list that opens with a name: "1. Sutrisno, Jl. …". */
const LIST_ITEM = /^\s*(?:\d{1,3}[.)]|[-•*])\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s*[,(–-]/;
/** The address is an office's, not a person's ("kantor di Jalan …" in a sentence too). */
const INSTITUTION = /\b(?:Kantor|Balai|Gedung|Dinas|Sekretariat|Puskesmas|Pendapa|Pendopo|Aula|Masjid|Musala|Gereja|Sekolah|SDN?|SMPN?|SMAN?|SMKN?|Kecamatan|Kelurahan|Kalurahan|Pemerintah|Pemkab|Pemkot|Posko|Rumah Sakit|RSUD|Polsek|Polres|Koramil|Lapangan|Pasar|Taman|Hotel|Stadion|GOR|Bank)\b/i;

function lineAround(text: string, start: number, end: number): { from: number; line: string } {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return { from, line: text.slice(from, to < 0 ? text.length : to) };
}

export function runAddress({ text, scan, ctx }: RuleInput): Draft[] {
  if (!/\b(?:Jl|Jln|Gg|Jalan|Gang|RT)\b/.test(text)) return [];
  const official = (ctx.profile?.contacts ?? []).filter((c) => c.kind === 'address').map((c) => c.value);
  const spans: Array<{ start: number; end: number }> = [];
  for (const re of [STREET, RT_RW]) for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  spans.sort((a, b) => a.start - b.start);
  const out: Draft[] = [];
  let last = -1;
  for (const s of spans) {
    if (s.start < last || scan.isProtected(s.start, s.end)) continue;
    const { from, line } = lineAround(text, s.start, s.end);
    const before = line.slice(0, s.start - from);
    const listItem = LIST_ITEM.test(line);
    if (!(PERSON.test(before) || listItem)) continue;
    if (INSTITUTION.test(before.slice(-60)) || official.some((o) => o.includes(text.slice(s.start, s.end)))) continue;
    last = s.end;
    out.push({
      start: s.start,
      end: s.end,
      message: msg('Alamat rumah warga di samping namanya.', "A citizen's home address next to their name."),
      explanation: msg(
        'Nama dengan alamat rumah (jalan dan nomor, RT/RW) adalah data pribadi (UU 27/2022 PDP). Dalam daftar penerima atau pengumuman, cukup sebut dusun atau desa; hapus jalan, nomor rumah, dan RT/RW.',
        "A name with a home address (street and house number, RT/RW) is personal data (UU 27/2022 PDP). In lists of recipients or announcements give the hamlet or village only; remove the street, house number and RT/RW.",
      ),
      reference: REF.pdp,
      links: PDP_LINKS,
    });
  }
  return out;
}

const ACCOUNT = /\b(?:[Nn]o(?:mor)?\.?\s*[Rr]ek(?:ening)?\.?|[Nn]orek|[Rr]ekening|[Rr]ek\.)\s*(?:(?:Bank\s+)?[A-Z][A-Za-z]{1,12}\s*)?[:.]?\s*(\d(?:[ .-]?\d){7,17})\b/g;
/** Donation and payment accounts of institutions are meant to be public. */
const PUBLIC_ACCOUNT = /\b(?:Dinas|Pemerintah|Pemkab|Pemkot|Pemprov|BAZNAS|Baznas|LAZ|UPZ|Kas Daerah|Kas Desa|RKUD|Badan|Kantor|Yayasan|Masjid|Panitia|Bendahara|PMI|Koperasi|BUMDes|Bumdes|BUMD|PDAM|Sekolah|Komite)\b/;

export function runBankAccount({ text, scan }: RuleInput): Draft[] {
  if (!/rek/i.test(text)) return [];
  const out: Draft[] = [];
  for (const m of text.matchAll(ACCOUNT)) {
    const digits = m[1] as string;
    const start = m.index + m[0].length - digits.length;
    const end = start + digits.length;
    if (scan.isProtected(start, end)) continue;
    const { line } = lineAround(text, start, end);
    if (PUBLIC_ACCOUNT.test(line)) continue;
    out.push({
      start,
      end,
      message: msg('Nomor rekening bank pribadi.', 'A personal bank account number.'),
      explanation: msg(
        'Nomor rekening adalah data keuangan pribadi, termasuk data pribadi yang bersifat spesifik (UU 27/2022 PDP Pasal 4). Jangan unggah rekening warga; rekening resmi instansi untuk donasi boleh, dengan nama instansi.',
        "Account numbers are personal financial data, a specific kind of personal data (UU 27/2022 PDP, Article 4). Do not post citizens' accounts; an institution's official donation account, with its name, is fine.",
      ),
      reference: REF.pdp,
      links: PDP_LINKS,
    });
  }
  return out;
}

const CHILD_NAME = /(?:\b(?:[Aa]nanda|[Ss]iswa|[Ss]iswi|[Pp]elajar|[Mm]urid|[Pp]eserta didik|[Aa]nak)\s+(?:(?:bernama|atas nama)\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}))|(?:\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}),?\s+(?:siswa|siswi|pelajar|murid)\s+kelas)/g;
const CLASS = /\bkelas\s+(?:\d{1,2}|[IVX]{1,4}|[A-C])\b/i;
const SCHOOL = /\b(?:SD|SDN|SDIT|MI|MIN|MIS|SMP|SMPN|SMPIT|MTs|MTsN|SMA|SMAN|SMK|SMKN|MA|MAN|TK|PAUD|SLB)\b/;
const NOT_A_NAME = /^(?:SD|SMP|SMA|SMK|Kelas|Sekolah|Negeri|Kabupaten|Kota|Desa|Dinas|Indonesia)$/;

export function runChild({ text, scan }: RuleInput): Draft[] {
  if (!/kelas/i.test(text)) return [];
  const out: Draft[] = [];
  for (const m of text.matchAll(CHILD_NAME)) {
    const name = (m[1] ?? m[2]) as string;
    const first = name.split(' ')[0] ?? '';
    if (NOT_A_NAME.test(first)) continue;
    const start = m.index + m[0].indexOf(name);
    const end = start + name.length;
    if (scan.isProtected(start, end)) continue;
    // Same sentence, within about two lines of text either side.
    const from = Math.max(0, text.lastIndexOf('.', start - 1) + 1, start - 160);
    let to = text.indexOf('. ', end);
    to = to < 0 ? Math.min(text.length, end + 160) : Math.min(to, end + 160);
    const around = text.slice(from, to);
    if (!CLASS.test(around) || !SCHOOL.test(around)) continue;
    out.push({
      start,
      end,
      message: msg('Nama anak dengan sekolah dan kelasnya.', "A child's name with their school and class."),
      explanation: msg(
        'Data anak adalah data pribadi yang bersifat spesifik (UU 27/2022 PDP Pasal 4); nama dengan sekolah dan kelas membuat anak mudah dicari. Sebut sekolahnya saja, atau minta izin tertulis orang tua dan cukup nama depan.',
        "Children's data is a specific kind of personal data (UU 27/2022 PDP, Article 4); a name with school and class makes a child easy to find. Name the school only, or get the parents' written consent and use the first name.",
      ),
      reference: REF.pdp,
      links: PDP_LINKS,
    });
  }
  return out;
}
