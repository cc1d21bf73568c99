/**
 * What each rule checks, in both languages: for the options page, the README table (scripts/docs-rules.ts)
 * and the CLI. Kept apart from the rules so the content script, which never shows them, does not carry
 * them (its budget is 60 KB gzip). rule-descriptions.test.ts proves every registered rule has one.
 */
import { msg, type Msg } from './rule';

export const RULE_DESCRIPTIONS: Readonly<Record<string, Msg>> = {
  'brand-handle': msg(
    'Akun instansi sendiri ditulis salah (misalnya @diskominfo_slemn untuk @diskominfo_sleman).',
    "The institution's own handle written wrong (e.g. @diskominfo_slemn for @diskominfo_sleman).",
  ),
  'brand-short-name': msg(
    'Nama singkat instansi dipakai sebelum nama resminya ditulis lengkap.',
    "The institution's short name used before its official name is written in full.",
  ),
  'brand-tagline': msg(
    'Tagline instansi ditulis dengan huruf besar-kecil atau spasi yang berbeda.',
    "The institution's tagline written with different capitals or spacing.",
  ),
  'caption-filename': msg(
    'Keterangan yang hanya berisi nama berkas video atau diawali nama berkas (VID_…, IMG_…, PXL_…, Rekaman layar …, *.mp4): TikTok mengisinya otomatis.',
    'A caption that is only a video file name or starts with one (VID_…, IMG_…, PXL_…, Screen Recording …, *.mp4): TikTok fills it in by itself.',
  ),
  'caption-length': msg(
    'Keterangan lebih panjang dari batas platform (Instagram 2.200, TikTok 4.000, Facebook 63.206 karakter; diatur di preset).',
    'Caption longer than the platform allows (Instagram 2,200, TikTok 4,000, Facebook 63,206 characters; set in the preset).',
  ),
  'election-neutrality': msg(
    'Ajakan mendukung calon atau partai dan gestur kampanye ("salam dua jari"), yang melanggar netralitas ASN.',
    'Support for a candidate or party and campaign gestures ("salam dua jari"), against civil-servant neutrality.',
  ),
  'first-line-fold': msg(
    'Paragraf pertama terpotong oleh "… selengkapnya" (Instagram sekitar 125, Facebook sekitar 477 karakter).',
    'The first paragraph is cut by "… more" (Instagram about 125, Facebook about 477 characters).',
  ),
  'glossary-term': msg(
    'Nama resmi atau istilah ditulis tidak sesuai glosarium preset (misalnya "Pemkab Sleman" untuk "Pemerintah Kabupaten Sleman").',
    'Official names or terms written differently from the preset glossary (e.g. "Pemkab Sleman" for "Pemerintah Kabupaten Sleman").',
  ),
  'hashtag-duplicate': msg(
    'Tagar yang sama ditulis dua kali (besar-kecil huruf tidak dibedakan).',
    'The same hashtag written twice (case does not matter).',
  ),
  'hashtag-forbidden': msg('Tagar yang dilarang profil instansi dipakai.', "A hashtag the institution's profile forbids is used."),
  'hashtag-limit': msg(
    'Jumlah tagar melebihi batas platform (Instagram dan TikTok 5; diatur di preset).',
    'More hashtags than the platform allows (Instagram and TikTok 5; set in the preset).',
  ),
  'hashtag-malformed': msg(
    'Tagar yang rusak: terpotong tanda baca, hanya angka, atau ada spasi setelah #.',
    'Broken hashtags: cut by punctuation, digits only, or a space after #.',
  ),
  'hashtag-recommended': msg('Saran tagar yang dianjurkan profil instansi.', "Suggests hashtags the institution's profile recommends."),
  'hashtag-required': msg('Tagar wajib profil instansi belum ada.', "A hashtag the institution's profile requires is missing."),
  'hoax-claim': msg(
    'Keterangan yang mengulang klaim yang sudah dibantah cek fakta (daftar klaim dari paket preset): menyebut klaim, putusan, cek fakta dan tanggalnya. Klarifikasi [HOAKS]/[SALAH] atau "tidak benar bahwa …" tidak ditandai.',
    'Captions that restate a claim fact-checkers have debunked (claims listed in the preset pack): names the claim, the verdict, the fact-check and its date. [HOAKS]/[SALAH] clarifications and "tidak benar bahwa …" are not flagged.',
  ),
  'hoax-signs': msg(
    'Ciri hoaks (ajakan menyebarkan, tanpa sumber, kapital dan tanda seru, obat ajaib, uang gratis dengan tautan pendek, peringatan bencana berjam pasti, konspirasi), dinilai bersama: satu ciri lemah info, beberapa ciri kuat error. Klarifikasi [HOAKS]/[SALAH] bersumber tidak ditandai.',
    'Hoax signs (calls to spread, no source, capitals and exclamation runs, miracle cures, free money with short links, exact-time disaster warnings, conspiracy), scored together: one weak sign is info, several strong ones an error. Sourced [HOAKS]/[SALAH] clarifications are not flagged.',
  ),
  'link-not-clickable': msg(
    'Tautan di keterangan platform yang tidak membuatnya bisa diklik (Instagram, TikTok): arahkan ke "link di bio".',
    'Links in captions on platforms that do not make them clickable (Instagram, TikTok): point to "link in bio".',
  ),
  'link-shortener': msg(
    'Tautan pendek (bit.ly, s.id …) menyembunyikan tujuannya dan sering dipakai hoaks; pakai alamat resmi lengkap.',
    'Shortened links (bit.ly, s.id …) hide where they lead and are common in hoaxes; use the full official address.',
  ),
  'mention-limit': msg(
    'Jumlah @akun yang disebut melebihi batas platform (Instagram 20; diatur di preset).',
    'More @-mentions than the platform allows (Instagram 20; set in the preset).',
  ),
  'mention-malformed': msg(
    'Sebutan @akun yang rusak: spasi setelah @, tanda hubung, titik ganda, atau terlalu panjang.',
    'Malformed @-mentions: a space after @, a hyphen, double dots, or too long.',
  ),
  'personal-address': msg(
    'Alamat rumah warga (jalan dan nomor rumah, RT/RW) di samping namanya atau dalam daftar penerima (UU PDP).',
    "A citizen's home address (street and house number, RT/RW) next to their name or in a list of recipients (UU PDP).",
  ),
  'personal-bank-account': msg(
    'Nomor rekening bank pribadi yang diberi label (no. rek., rekening); rekening resmi instansi tidak ditandai (UU PDP).',
    "Personal bank account numbers labelled as such (no. rek., rekening); an institution's official account is not flagged (UU PDP).",
  ),
  'personal-child': msg(
    'Nama anak dengan sekolah dan kelasnya (data anak adalah data spesifik, UU PDP).',
    "A child's name with their school and class (children's data is specific personal data, UU PDP).",
  ),
  'personal-data-request': msg(
    'Meminta data pribadi warga di tempat umum ("kirim NIK di kolom komentar", "sebutkan alamat lengkap"); perbaikannya mengarahkan ke pesan langsung.',
    'Asking citizens for personal data in public ("send your NIK in the comments", "give your full address"); the fix points them to a direct message.',
  ),
  'personal-email': msg(
    'Alamat e-mail pribadi (bukan go.id / desa.id dan bukan kontak resmi di profil).',
    'Personal e-mail addresses (not go.id / desa.id and not an official contact in the profile).',
  ),
  'personal-nik': msg(
    'Nomor NIK atau KK warga: 16 digit dengan struktur kode wilayah dan tanggal yang masuk akal, atau 16 digit apa pun setelah label NIK / No. KK / no. KTP. Angka di dalam tautan tidak dihitung.',
    "A citizen's NIK or KK number: 16 digits with a plausible region code and date, or any 16 digits labelled NIK / No. KK / no. KTP. Numbers inside links do not count.",
  ),
  'personal-phone': msg(
    'Nomor ponsel (08…, +62 8…) yang bukan kontak resmi di profil instansi.',
    "Mobile numbers (08…, +62 8…) that are not an official contact in the institution's profile.",
  ),
  'sara': msg(
    'Istilah yang merendahkan kelompok, ajakan bermusuhan, generalisasi ("suku itu memang …") dan ajakan mengucilkan ("jangan beri mereka …") terhadap suku, agama, ras, asal dan pendatang (SARA, UU ITE Pasal 28 ayat 2). Kutipan dalam gaya berita paling tinggi info.',
    'Terms that demean a group, hostility, sweeping statements ("that tribe is always …") and calls to exclude ("don\'t give them …") aimed at an ethnicity, religion, race, origin or newcomers (SARA, UU ITE Article 28(2)). Quoted speech in news style is info at most.',
  ),
  'spelling-bound-form': msg(
    'Bentuk terikat ditulis terpisah (pasca banjir → pascabanjir, non tunai → nontunai, non ASN → non-ASN).',
    'Bound forms written apart (pasca banjir → pascabanjir, non tunai → nontunai, non ASN → non-ASN).',
  ),
  'spelling-capital': msg(
    'Nama hari, bulan, dan hari raya diawali huruf kapital (senin → Senin, agustus → Agustus); EYD V I.E.',
    'Names of days, months and holy days with a capital (senin → Senin, agustus → Agustus); EYD V I.E.',
  ),
  'spelling-chat': msg(
    'Singkatan obrolan dan ragam cakapan (yg, dgn, tdk, utk, gak) dengan kata lengkapnya; singkatan baku tanpa titik (dll → dll.). Singkatan baku (dll., a.n., No., Jl., RT, RW, WIB) tidak ditandai.',
    'Chat abbreviations and colloquial forms (yg, dgn, tdk, utk, gak) with the full word; standard abbreviations missing their dot (dll → dll.). Standard abbreviations (dll., a.n., No., Jl., RT, RW, WIB) are never flagged.',
  ),
  'spelling-number': msg(
    'Penulisan angka: Rp tanpa titik dan spasi (Rp 5.000 → Rp5.000), jam dengan titik (08:00 WIB → 08.00 WIB), ribuan dengan titik (Rp1500000 → Rp1.500.000); EYD V II.H, III.A.',
    'Numbers: Rp with no dot or space (Rp 5.000 → Rp5.000), times with a dot (08:00 WIB → 08.00 WIB), thousands with dots (Rp1500000 → Rp1.500.000); EYD V II.H, III.A.',
  ),
  'spelling-particle': msg(
    'Partikel -nya/-lah/-kah serangkai (rumah nya → rumahnya), pun terpisah (apapun → apa pun) kecuali kata penghubung (walaupun, meskipun); EYD V II.G.',
    'The particles -nya/-lah/-kah joined (rumah nya → rumahnya), pun apart (apapun → apa pun) except in conjunctions (walaupun, meskipun); EYD V II.G.',
  ),
  'spelling-preposition': msg(
    'Kata depan di/ke ditulis terpisah dari tempat dan waktu (dirumah → di rumah, kesana → ke sana), awalan di- serangkai dengan kata kerja (di tulis → ditulis); EYD V II.F, II.B.',
    'The prepositions di/ke written apart from places and times (dirumah → di rumah, kesana → ke sana), the prefix di- joined to verbs (di tulis → ditulis); EYD V II.F, II.B.',
  ),
  'spelling-unknown': msg(
    'Kata yang tidak ada di kamus (hunspell-id dan tambahan KBBI), dengan saran kata terdekat (pemerintaah → pemerintah). Nama, istilah profil dan glosarium, kata berhuruf kapital, tagar, akun, tautan, angka, dan kata yang diizinkan tidak ditandai.',
    'Words not in the dictionary (hunspell-id plus KBBI additions), with the nearest known words (pemerintaah → pemerintah). Names, profile and glossary terms, capitalised words, hashtags, handles, links, numbers and allowed words are never flagged.',
  ),
  'spelling': msg(
    'Ejaan tidak baku yang sering muncul di unggahan resmi (ijin → izin, himbauan → imbauan; daftar di lib/checks/data/spelling.json).',
    'Non-standard spellings common in official posts (ijin → izin, himbauan → imbauan; list in lib/checks/data/spelling.json).',
  ),
};

/** The description of a rule, or an empty message for an id nobody described (never thrown). */
export function ruleDescription(id: string): Msg {
  return RULE_DESCRIPTIONS[id] ?? { id: '', en: '' };
}
