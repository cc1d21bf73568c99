import type { Template } from '../types';
import { choice, date, paragraph, SIGN_OFF, text, time } from './build';

export const infoDaruratBencana: Template = {
  id: 'info-darurat-bencana',
  title: { id: 'Informasi darurat bencana', en: 'Disaster emergency information' },
  description: {
    id: 'Kejadian bencana yang sedang ditangani: lokasi, dampak, penanganan, posko, dan nomor darurat, dengan sumber resmi.',
    en: 'A disaster being handled: where, impact, response, command post and emergency number, with an official source.',
  },
  category: 'darurat-bencana',
  purpose: 'informatif',
  tags: ['bencana', 'darurat', 'posko'],
  fields: [
    text('kejadian', 'Kejadian', 'Event', { required: true, example: 'banjir' }),
    text('lokasi', 'Lokasi', 'Place', { required: true, example: 'Kecamatan Sukamaju Barat' }),
    date('tanggal', 'Tanggal kejadian', 'Date', { required: true, default: 'hari ini', example: '2024-03-19' }),
    time('jam', 'Pukul', 'Time', { example: '04.30' }),
    paragraph('dampak', 'Dampak', 'Impact', {
      example: 'Sebanyak 120 rumah di tiga desa tergenang air setinggi 30–60 sentimeter. Tidak ada korban jiwa.',
    }),
    paragraph('penanganan', 'Penanganan', 'Response', {
      required: true,
      example: 'Tim gabungan membantu evakuasi warga lanjut usia dan anak-anak serta menyalurkan makanan siap saji.',
    }),
    text('posko', 'Posko', 'Command post', { example: 'Balai Desa Sukamaju Wetan' }),
    text('sumber', 'Sumber data', 'Source', { required: true, example: 'Pusat Pengendalian Operasi BPBD Kabupaten Sukamaju' }),
    text('darurat', 'Nomor darurat', 'Emergency number', { required: true, default: '112', example: '112' }),
  ],
  body: `Informasi penanganan {kejadian} di {lokasi}

Telah terjadi {kejadian} di {lokasi} pada {tanggal}{?jam} sekitar pukul {jam}{/jam}.
{?dampak}

{dampak}
{/dampak}

{penanganan}
{?posko}

📍 Posko: {posko}
{/posko}
📞 Layanan darurat: {darurat}

Sumber: {sumber}

Pastikan informasi hanya dari kanal resmi {profil.nama}. Mohon tidak menyebarkan kabar yang belum jelas sumbernya.
${SIGN_OFF}`,
  hashtags: '{profil.tagar} #InfoBencana',
  variants: {
    facebook: { hashtags: '{profil.tagar} #InfoBencana #TanggapBencana #SiagaBencana' },
  },
};

const KLARIFIKASI_BODY = (report: string): string => `[{label}] {judul}

Beredar informasi{?media} melalui {media}{/media} dengan klaim berikut:
{klaim}

Faktanya:
{fakta}

Sumber: {sumber}
${report}
Mari saring sebelum sharing: periksa sumbernya sebelum membagikan informasi. Informasi resmi disampaikan oleh {profil.nama}.
${SIGN_OFF}`;

export const klarifikasiHoaks: Template = {
  id: 'klarifikasi-hoaks',
  title: { id: 'Klarifikasi hoaks', en: 'Hoax clarification' },
  description: {
    id: 'Format pemeriksa fakta: label ([HOAKS], [SALAH], dan lainnya), klaim yang beredar, fakta, dan sumbernya.',
    en: "The fact-checkers' format: label, the claim going round, the facts and the source.",
  },
  category: 'klarifikasi-hoaks',
  purpose: 'edukatif',
  tags: ['hoaks', 'cek fakta', 'klarifikasi'],
  fields: [
    choice('label', 'Label', 'Label', {
      required: true,
      options: ['HOAKS', 'SALAH', 'DISINFORMASI', 'MISINFORMASI'],
      default: 'HOAKS',
      example: 'HOAKS',
    }),
    text('judul', 'Judul singkat', 'Headline', { required: true, example: 'Jembatan Kali Sukamaju ditutup total selama sebulan' }),
    text('media', 'Beredar melalui', 'Spread via', { example: 'pesan berantai di grup percakapan' }),
    paragraph('klaim', 'Klaim yang beredar', 'The claim', {
      required: true,
      example: 'Jembatan Kali Sukamaju ditutup total untuk semua kendaraan selama satu bulan.',
    }),
    paragraph('fakta', 'Fakta', 'The facts', {
      required: true,
      example: 'Jembatan tetap dapat dilalui. Perbaikan hanya dilakukan pada satu lajur secara bergantian pada pukul 22.00–04.00 WIB.',
    }),
    text('sumber', 'Sumber', 'Source', { required: true, example: 'Dinas Pekerjaan Umum Kabupaten Sukamaju' }),
    text('tautan', 'Tautan klarifikasi (Facebook)', 'Clarification link (Facebook)', {
      example: 'https://sukamajukab.go.id/berita/klarifikasi-jembatan',
    }),
  ],
  body: KLARIFIKASI_BODY(`{?tautan}
Selengkapnya: {tautan}
{/tautan}

Laporkan konten hoaks melalui aduankonten.id.
`),
  hashtags: '{profil.tagar} #CekFakta #LawanHoaks',
  variants: {
    instagram: { body: KLARIFIKASI_BODY('\n') },
    tiktok: { body: KLARIFIKASI_BODY('\n') },
    facebook: { hashtags: '{profil.tagar} #CekFakta #LawanHoaks #SaringSebelumSharing' },
  },
};

export const ralatInformasi: Template = {
  id: 'ralat-informasi',
  title: { id: 'Ralat informasi', en: 'Correction' },
  description: {
    id: 'Meralat unggahan sebelumnya secara terbuka: apa yang keliru dan informasi yang benar.',
    en: 'Correcting an earlier post openly: what was wrong and the right information.',
  },
  category: 'ralat',
  purpose: 'informatif',
  tags: ['ralat', 'koreksi'],
  fields: [
    text('unggahan', 'Unggahan yang diralat', 'Post being corrected', {
      required: true,
      example: 'unggahan tentang jadwal vaksinasi anak',
    }),
    date('tanggal', 'Tanggal unggahan', 'Date of that post', { example: '2024-03-18' }),
    text('keliru', 'Yang keliru', 'What was wrong', { required: true, example: 'lokasi vaksinasi tertulis Puskesmas Sukamaju Timur' }),
    paragraph('benar', 'Informasi yang benar', 'Correct information', {
      required: true,
      example: 'Vaksinasi dilaksanakan di Puskesmas Sukamaju Barat pada jadwal yang sama.',
    }),
  ],
  body: `Ralat atas {unggahan}{?tanggal} yang kami unggah pada {tanggal:tanggal}{/tanggal}

Dalam unggahan tersebut, {keliru}.

Informasi yang benar: {benar}

Kami mohon maaf atas kekeliruan tersebut dan terima kasih kepada warganet yang telah mengingatkan.
{profil.nama}
${SIGN_OFF}`,
  hashtags: '{profil.tagar}',
};
