import type { Template } from '../types';
import { date, LINK_IN_BIO, paragraph, SIGN_OFF, text, time } from './build';

const LAPOR_BODY = (where: string): string => `Punya keluhan, aspirasi, atau pertanyaan tentang {layanan}?

Sampaikan melalui SP4N-LAPOR!, kanal pengaduan pelayanan publik nasional:

${where}
📩 SMS ke 1708
📱 Aplikasi SP4N-LAPOR! di Android dan iOS
{?kanal_lain}
{kanal_lain}
{/kanal_lain}
{?profil.kontak}

Kanal resmi {profil.nama}:
{profil.kontak}
{/profil.kontak}

Setiap laporan ditindaklanjuti oleh instansi yang berwenang, dan identitas pelapor dapat dirahasiakan. Jangan menuliskan data pribadi di kolom komentar.
${SIGN_OFF}`;

const LAPOR_IN_BIO = '🌐 Laman LAPOR! (tautan ada di bio{?profil.handle} {profil.handle}{/profil.handle})';

export const kanalPengaduan: Template = {
  id: 'kanal-pengaduan',
  title: { id: 'Kanal pengaduan (SP4N-LAPOR!)', en: 'Complaint channels (SP4N-LAPOR!)' },
  description: {
    id: 'Cara menyampaikan aduan dan aspirasi melalui SP4N-LAPOR! dan kanal resmi instansi.',
    en: 'How to file complaints and suggestions through SP4N-LAPOR! and the institution’s official channels.',
  },
  category: 'partisipasi-publik',
  purpose: 'informatif',
  tags: ['pengaduan', 'LAPOR', 'aspirasi'],
  fields: [
    text('layanan', 'Tentang layanan', 'About', {
      required: true,
      default: 'pelayanan publik',
      example: 'pelayanan publik di Kabupaten Sukamaju',
    }),
    paragraph('kanal_lain', 'Kanal resmi lain', 'Other official channels', { example: '☎️ Call Center 112 (darurat)' }),
  ],
  body: LAPOR_BODY('🌐 Laman lapor.go.id'),
  hashtags: '{profil.tagar} #LAPOR',
  variants: {
    instagram: { body: LAPOR_BODY(LAPOR_IN_BIO) },
    tiktok: { body: LAPOR_BODY(LAPOR_IN_BIO) },
  },
};

const PARTISIPASI_BODY = (link: string): string => `{kegiatan}: {topik}

{ajakan}

📅 Batas waktu: {batas}
${link}

Setiap masukan membantu {profil.nama} memperbaiki layanan.
${SIGN_OFF}`;

export const partisipasiPublik: Template = {
  id: 'partisipasi-publik',
  title: { id: 'Ajakan partisipasi publik', en: 'Call for public participation' },
  description: {
    id: 'Survei kepuasan masyarakat, konsultasi publik, atau uji publik rancangan kebijakan.',
    en: 'A satisfaction survey, public consultation or review of a draft policy.',
  },
  category: 'partisipasi-publik',
  purpose: 'informatif',
  tags: ['survei', 'konsultasi publik', 'partisipasi'],
  fields: [
    text('kegiatan', 'Jenis kegiatan', 'Kind', { required: true, default: 'Survei Kepuasan Masyarakat', example: 'Survei Kepuasan Masyarakat' }),
    text('topik', 'Topik', 'Topic', { required: true, example: 'Layanan Mal Pelayanan Publik 2024' }),
    paragraph('ajakan', 'Ajakan dan cara ikut', 'How to take part', {
      required: true,
      example: 'Bapak/Ibu yang pernah menggunakan layanan kami diajak mengisi survei singkat. Pengisian hanya sekitar lima menit.',
    }),
    date('batas', 'Batas waktu', 'Deadline', { required: true, example: '2024-04-30' }),
    text('tautan', 'Tautan (Facebook)', 'Link (Facebook)', { example: 'https://sukamajukab.go.id/survei' }),
  ],
  body: PARTISIPASI_BODY('{?tautan}\n🔗 {tautan}\n{/tautan}'),
  hashtags: '{profil.tagar} #SuaraWarga',
  variants: {
    instagram: { body: PARTISIPASI_BODY(LINK_IN_BIO) },
    tiktok: { body: PARTISIPASI_BODY(LINK_IN_BIO) },
  },
};

export const undanganAcara: Template = {
  id: 'undangan-acara',
  title: { id: 'Undangan acara', en: 'Event invitation' },
  description: {
    id: 'Mengajak masyarakat hadir di acara terbuka: festival, pameran, senam bersama, bursa kerja.',
    en: 'Inviting the public to an open event: festival, exhibition, community exercise, job fair.',
  },
  category: 'undangan-acara',
  purpose: 'promotif',
  tags: ['acara', 'undangan', 'festival'],
  fields: [
    text('acara', 'Nama acara', 'Event', { required: true, example: 'Festival Kuliner Nusantara Sukamaju 2024' }),
    paragraph('deskripsi', 'Tentang acara', 'About the event', {
      example: 'Lebih dari 50 pelaku UMKM menyajikan kuliner khas daerah, dimeriahkan pentas seni pelajar.',
    }),
    date('tanggal', 'Tanggal', 'Date', { required: true, example: '2024-05-04' }),
    time('mulai', 'Mulai', 'Starts', { required: true, default: '08.00', example: '16.00' }),
    time('selesai', 'Selesai', 'Ends', { example: '22.00' }),
    text('tempat', 'Tempat', 'Place', { required: true, example: 'Alun-Alun Sukamaju' }),
    text('catatan', 'Catatan', 'Note', { example: 'Terbuka untuk umum dan tidak dipungut biaya' }),
  ],
  body: `Ayo hadir di {acara}!
{?deskripsi}

{deskripsi}
{/deskripsi}

📅 {tanggal}
🕗 {?selesai}{mulai:jam}–{selesai}{/selesai}{!selesai}{mulai} sampai selesai{/selesai}
📍 {tempat}
{?catatan}

{catatan}.
{/catatan}

Sampai jumpa di lokasi! Informasi resmi dari {profil.nama}.
${SIGN_OFF}`,
  hashtags: '{profil.tagar} #AyoHadir',
};
