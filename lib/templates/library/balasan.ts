/**
 * Reply templates (kind "reply"): short answers for comment boxes, in EYD V Indonesian. Each fits a
 * TikTok comment (150 characters) with its sample values; longer Facebook and Instagram wordings
 * sit in the body and TikTok gets a shorter variant. Links only where comments make them clickable
 * (Facebook). They never ask for personal data in public: the point is to move it to a private channel.
 */
import type { Template, TemplateField } from '../types';
import { choice, date, paragraph, text, time } from './build';

const sapaan = (): TemplateField =>
  choice('sapaan', 'Sapaan', 'Form of address', { required: true, default: 'Bapak/Ibu', options: ['Bapak/Ibu', 'Kak', 'Sobat'], example: 'Bapak/Ibu' });
const perihal = (example: string): TemplateField => text('perihal', 'Perihal', 'About', { required: true, example });
const unit = (): TemplateField => text('unit', 'Unit yang menangani', 'Unit in charge', { required: true, example: 'Dinas Perhubungan' });

function reply(t: Omit<Template, 'kind' | 'purpose'>): Template {
  return { kind: 'reply', purpose: 'informatif', ...t };
}

export const balasanAduanDiterima = reply({
  id: 'balasan-aduan-diterima',
  title: { id: 'Balasan: aduan diterima', en: 'Reply: complaint received' },
  description: { id: 'Aduan sudah diterima dan diteruskan ke unit yang menangani.', en: 'The complaint was received and passed to the unit in charge.' },
  category: 'balasan-aduan',
  tags: ['aduan', 'keluhan', 'balasan'],
  fields: [sapaan(), perihal('lampu jalan mati'), unit()],
  body: 'Terima kasih, {sapaan}. Aduan tentang {perihal} sudah kami terima dan kami teruskan ke {unit} untuk ditindaklanjuti.{?profil.hotline} Informasi lanjut: {profil.hotline}.{/profil.hotline}',
  variants: { tiktok: { body: 'Terima kasih, {sapaan}. Aduan tentang {perihal} sudah kami terima dan kami teruskan ke {unit}.' } },
});

export const balasanLapor = reply({
  id: 'balasan-lapor',
  title: { id: 'Balasan: sampaikan lewat SP4N-LAPOR!', en: 'Reply: file it with SP4N-LAPOR!' },
  description: { id: 'Mengarahkan aduan ke SP4N-LAPOR! agar tercatat dan dapat dipantau.', en: 'Points the complaint to SP4N-LAPOR! so it is recorded and can be followed.' },
  category: 'balasan-aduan',
  tags: ['aduan', 'LAPOR', 'SP4N'],
  fields: [sapaan()],
  body: 'Terima kasih, {sapaan}. Agar tercatat dan dapat dipantau, mohon sampaikan aduan ini melalui SP4N-LAPOR! di https://www.lapor.go.id, SMS 1708, atau aplikasi SP4N-LAPOR!',
  variants: {
    instagram: { body: 'Terima kasih, {sapaan}. Agar tercatat dan dapat dipantau, mohon sampaikan aduan ini melalui aplikasi SP4N-LAPOR! atau SMS ke 1708.' },
    tiktok: { body: 'Terima kasih, {sapaan}. Mohon sampaikan aduan ini melalui aplikasi SP4N-LAPOR! atau SMS ke 1708 agar tercatat dan dapat dipantau.' },
  },
});

export const balasanKirimDm = reply({
  id: 'balasan-kirim-dm',
  title: { id: 'Balasan: kirim data lewat pesan langsung', en: 'Reply: send your data by direct message' },
  description: { id: 'Meminta warga mengirim data pribadi lewat pesan langsung, bukan di kolom komentar.', en: 'Asks the citizen to send personal data by direct message, not in the comments.' },
  category: 'balasan-data-pribadi',
  tags: ['data pribadi', 'DM', 'NIK'],
  fields: [sapaan()],
  body: 'Mohon maaf, {sapaan}, demi keamanan data Anda, jangan menuliskan NIK, nomor KK, alamat, atau nomor ponsel di kolom komentar. Silakan kirimkan melalui pesan langsung (DM){?profil.hotline} atau ke {profil.hotline}{/profil.hotline}.',
  variants: { tiktok: { body: 'Demi keamanan data Anda, mohon kirimkan melalui pesan langsung (DM), jangan di kolom komentar. Terima kasih, {sapaan}.' } },
});

export const balasanTerimaKasihSaran = reply({
  id: 'balasan-terima-kasih-saran',
  title: { id: 'Balasan: terima kasih atas saran', en: 'Reply: thanks for a suggestion' },
  description: { id: 'Berterima kasih atas saran dan menyebut ke mana saran diteruskan.', en: 'Thanks the citizen for a suggestion and says where it goes.' },
  category: 'balasan-terima-kasih',
  tags: ['saran', 'masukan', 'terima kasih'],
  fields: [sapaan(), perihal('jadwal bus sekolah'), unit()],
  body: 'Terima kasih atas sarannya, {sapaan}. Masukan tentang {perihal} akan kami sampaikan kepada {unit} sebagai bahan perbaikan layanan.',
  variants: { tiktok: { body: 'Terima kasih atas sarannya, {sapaan}. Masukan tentang {perihal} akan kami sampaikan kepada {unit}.' } },
});

export const balasanJamLayanan = reply({
  id: 'balasan-jam-layanan',
  title: { id: 'Balasan: jam layanan', en: 'Reply: opening hours' },
  description: { id: 'Hari dan jam buka layanan.', en: 'The days and hours a service is open.' },
  category: 'balasan-informasi',
  tags: ['jam layanan', 'jadwal'],
  fields: [
    sapaan(),
    text('layanan', 'Layanan', 'Service', { required: true, example: 'Mal Pelayanan Publik' }),
    text('hari', 'Hari', 'Days', { required: true, default: 'Senin–Jumat', example: 'Senin–Jumat' }),
    time('buka', 'Buka', 'Opens', { required: true, default: '08.00', example: '08.00' }),
    time('tutup', 'Tutup', 'Closes', { required: true, default: '15.00', example: '15.00' }),
    text('catatan', 'Catatan', 'Note', { example: 'Hari libur nasional tutup.' }),
  ],
  body: 'Halo, {sapaan}. {layanan} buka {hari} pukul {buka:jam}–{tutup}.{?catatan} {catatan}{/catatan}',
});

export const balasanKlarifikasiHoaks = reply({
  id: 'balasan-klarifikasi-hoaks',
  title: { id: 'Balasan: klarifikasi hoaks', en: 'Reply: hoax clarification' },
  description: { id: 'Menjawab pertanyaan tentang kabar bohong dengan fakta dan tautan cek fakta.', en: 'Answers a question about a false claim with the facts and the fact-check link.' },
  category: 'balasan-hoaks',
  tags: ['hoaks', 'klarifikasi', 'cek fakta'],
  fields: [
    sapaan(),
    text('klaim', 'Kabar yang beredar', 'The claim', { required: true, example: 'pendaftaran bantuan lewat tautan berhadiah' }),
    paragraph('fakta', 'Faktanya', 'The facts', { required: true, example: 'Pendaftaran bantuan hanya di kantor desa dan tidak dipungut biaya.' }),
    text('tautan', 'Tautan cek fakta (Facebook)', 'Fact-check link (Facebook)', { required: true, example: 'https://www.komdigi.go.id/berita/berita-hoaks' }),
  ],
  body: 'Terima kasih sudah bertanya, {sapaan}. Kabar tentang {klaim} tidak benar. Faktanya: {fakta} Penjelasan lengkap: {tautan}',
  variants: {
    instagram: { body: 'Terima kasih sudah bertanya, {sapaan}. Kabar tentang {klaim} tidak benar. Faktanya: {fakta} Penjelasan lengkap ada di unggahan klarifikasi kami.' },
    tiktok: { body: 'Terima kasih, {sapaan}. Kabar tentang {klaim} tidak benar. Penjelasannya ada di unggahan klarifikasi kami.' },
  },
});

export const balasanRujukanInstansi = reply({
  id: 'balasan-rujukan-instansi',
  title: { id: 'Balasan: rujukan ke instansi berwenang', en: 'Reply: referral to the agency in charge' },
  description: { id: 'Urusan yang ditangani instansi lain: sebut instansinya dan cara menghubunginya.', en: 'A matter another agency handles: name it and how to reach it.' },
  category: 'balasan-aduan',
  tags: ['rujukan', 'instansi', 'kewenangan'],
  fields: [
    sapaan(),
    perihal('perbaikan jalan nasional'),
    text('instansi', 'Instansi berwenang', 'Agency in charge', { required: true, example: 'Balai Besar Pelaksanaan Jalan Nasional' }),
    text('kontak_instansi', 'Kontak instansi', "Agency's contact", { example: 'kantor di Jalan Merdeka Nomor 10' }),
  ],
  body: 'Terima kasih, {sapaan}. Urusan {perihal} menjadi kewenangan {instansi}.{?kontak_instansi} Silakan menghubungi {kontak_instansi}.{/kontak_instansi}',
  variants: { tiktok: { body: 'Terima kasih, {sapaan}. Urusan {perihal} menjadi kewenangan {instansi}.' } },
});

export const balasanSedangDitindaklanjuti = reply({
  id: 'balasan-sedang-ditindaklanjuti',
  title: { id: 'Balasan: sedang ditindaklanjuti', en: 'Reply: being followed up' },
  description: { id: 'Kabar bahwa laporan sedang ditangani, dengan perkiraan selesai.', en: 'The report is being handled, with when it should be done.' },
  category: 'balasan-aduan',
  tags: ['tindak lanjut', 'aduan'],
  fields: [sapaan(), perihal('lampu jalan mati'), unit(), text('perkiraan', 'Perkiraan selesai', 'Expected', { example: 'pekan ini' })],
  body: 'Terima kasih atas kesabarannya, {sapaan}. Laporan tentang {perihal} sedang ditindaklanjuti oleh {unit}{?perkiraan} dan diperkirakan selesai {perkiraan}{/perkiraan}.',
  variants: { tiktok: { body: 'Terima kasih, {sapaan}. Laporan tentang {perihal} sedang ditindaklanjuti oleh {unit}.' } },
});

export const balasanSudahSelesai = reply({
  id: 'balasan-sudah-selesai',
  title: { id: 'Balasan: aduan sudah selesai', en: 'Reply: complaint resolved' },
  description: { id: 'Kabar bahwa masalah yang dilaporkan sudah ditangani.', en: 'The reported problem has been dealt with.' },
  category: 'balasan-aduan',
  tags: ['selesai', 'tindak lanjut'],
  fields: [
    sapaan(),
    perihal('lampu jalan di Jalan Merdeka'),
    text('tindakan', 'Tindakan', 'What was done', { required: true, default: 'diperbaiki', example: 'diperbaiki' }),
    unit(),
    date('tanggal', 'Tanggal', 'Date', { required: true, default: 'hari ini', example: '2024-03-19' }),
  ],
  body: 'Terima kasih atas laporannya, {sapaan}. {perihal:kapital} sudah {tindakan} oleh {unit} pada {tanggal:tanggal}.',
});

export const balasanPermohonanMaaf = reply({
  id: 'balasan-permohonan-maaf',
  title: { id: 'Balasan: permohonan maaf', en: 'Reply: apology' },
  description: { id: 'Permohonan maaf atas gangguan layanan, dengan penjelasan singkat.', en: 'An apology for a service problem, with a short explanation.' },
  category: 'balasan-aduan',
  tags: ['maaf', 'gangguan'],
  fields: [sapaan(), paragraph('penjelasan', 'Penjelasan', 'Explanation', { required: true, example: 'Gangguan jaringan di loket sudah ditangani dan layanan kembali normal.' })],
  body: 'Mohon maaf atas ketidaknyamanannya, {sapaan}. {penjelasan} Kami terus berupaya memperbaiki layanan.',
  variants: { tiktok: { body: 'Mohon maaf atas ketidaknyamanannya, {sapaan}. {penjelasan}' } },
});

export const balasanApresiasi = reply({
  id: 'balasan-apresiasi',
  title: { id: 'Balasan: terima kasih atas apresiasi', en: 'Reply: thanks for kind words' },
  description: { id: 'Menjawab pujian atau dukungan warga.', en: 'Answers praise or support from citizens.' },
  category: 'balasan-terima-kasih',
  tags: ['apresiasi', 'terima kasih'],
  fields: [sapaan()],
  body: 'Terima kasih atas apresiasinya, {sapaan}. Dukungan warga menjadi semangat kami untuk terus melayani.',
});

export const balasanJawabanPertanyaan = reply({
  id: 'balasan-jawaban-pertanyaan',
  title: { id: 'Balasan: jawaban pertanyaan', en: 'Reply: answer to a question' },
  description: { id: 'Jawaban singkat atas pertanyaan, dengan nomor layanan instansi.', en: "A short answer to a question, with the institution's service number." },
  category: 'balasan-informasi',
  tags: ['pertanyaan', 'informasi'],
  fields: [sapaan(), paragraph('jawaban', 'Jawaban', 'Answer', { required: true, example: 'Pendaftaran dibuka sampai 30 April di kantor kelurahan.' })],
  body: 'Terima kasih atas pertanyaannya, {sapaan}. {jawaban}{?profil.hotline} Informasi lebih lanjut: {profil.hotline}.{/profil.hotline}',
  variants: { tiktok: { body: 'Terima kasih atas pertanyaannya, {sapaan}. {jawaban}' } },
});

export const balasanDarurat = reply({
  id: 'balasan-darurat',
  title: { id: 'Balasan: keadaan darurat', en: 'Reply: emergencies' },
  description: { id: 'Mengarahkan keadaan darurat ke nomor darurat, bukan kolom komentar.', en: 'Points emergencies to the emergency number, not the comments.' },
  category: 'balasan-informasi',
  tags: ['darurat', '112'],
  fields: [sapaan(), text('darurat', 'Nomor darurat', 'Emergency number', { required: true, default: '112', example: '112' })],
  body: '{sapaan:kapital}, untuk keadaan darurat silakan langsung menghubungi {darurat}, karena komentar bisa terlambat kami baca.',
});

/** The reply templates of the default pack, in the order the reply picker lists them. */
export const BUILTIN_REPLY_TEMPLATES: Template[] = [
  balasanAduanDiterima,
  balasanLapor,
  balasanKirimDm,
  balasanTerimaKasihSaran,
  balasanJamLayanan,
  balasanKlarifikasiHoaks,
  balasanRujukanInstansi,
  balasanSedangDitindaklanjuti,
  balasanSudahSelesai,
  balasanPermohonanMaaf,
  balasanApresiasi,
  balasanJawabanPertanyaan,
  balasanDarurat,
];
