import type { Template } from '../types';
import { date, paragraph, SIGN_OFF, text, time } from './build';

export const laporanKegiatan: Template = {
  id: 'laporan-kegiatan',
  title: { id: 'Laporan kegiatan', en: 'Activity report' },
  description: {
    id: 'Apa, kapan, di mana, siapa, dan hasilnya: untuk kegiatan yang baru saja berlangsung.',
    en: 'What, when, where, who and the outcome of an activity that just took place.',
  },
  category: 'laporan-kegiatan',
  purpose: 'informatif',
  tags: ['kegiatan', 'rapat', 'kunjungan'],
  fields: [
    text('kegiatan', 'Nama kegiatan', 'Activity', { required: true, example: 'rapat koordinasi percepatan penurunan stunting' }),
    date('tanggal', 'Tanggal', 'Date', { required: true, default: 'hari ini', example: '2024-03-19' }),
    text('tempat', 'Tempat', 'Place', { required: true, example: 'Aula Kantor Bupati Sukamaju' }),
    text('pimpinan', 'Dipimpin oleh', 'Led by', { example: 'Sekretaris Daerah Kabupaten Sukamaju' }),
    text('peserta', 'Peserta', 'Participants', { example: 'camat dan kepala puskesmas se-Kabupaten Sukamaju' }),
    paragraph('hasil', 'Hasil atau pokok bahasan', 'Outcome', {
      required: true,
      example: 'Rapat menyepakati jadwal pendampingan keluarga berisiko stunting di setiap desa mulai bulan depan.',
    }),
    paragraph('tindak_lanjut', 'Tindak lanjut', 'Follow-up', {
      example: 'Setiap puskesmas melaporkan perkembangan pendampingan setiap bulan.',
    }),
  ],
  body: `{kegiatan:kapital}

{profil.nama} melaksanakan {kegiatan} pada {tanggal} di {tempat}.
{?pimpinan}
Kegiatan dipimpin oleh {pimpinan}.
{/pimpinan}
{?peserta}
Peserta: {peserta}.
{/peserta}

{hasil}
{?tindak_lanjut}

Tindak lanjut: {tindak_lanjut}
{/tindak_lanjut}
${SIGN_OFF}`,
  hashtags: '{profil.tagar} #InfoKegiatan',
  variants: {
    tiktok: {
      body: `Dokumentasi {kegiatan} yang dilaksanakan {profil.nama} pada {tanggal:tanggal} di {tempat}.

{hasil}`,
    },
  },
};

export const agendaPimpinan: Template = {
  id: 'agenda-pimpinan',
  title: { id: 'Agenda pimpinan', en: "Leader's agenda" },
  description: {
    id: 'Jadwal kegiatan kepala daerah atau kepala perangkat daerah untuk satu hari, sampai tiga acara.',
    en: "A leader's schedule for one day, up to three items.",
  },
  category: 'agenda-pimpinan',
  purpose: 'informatif',
  tags: ['agenda', 'jadwal', 'pimpinan'],
  fields: [
    text('pimpinan', 'Jabatan pimpinan', "Leader's title", { required: true, example: 'Bupati Sukamaju' }),
    date('tanggal', 'Tanggal', 'Date', { required: true, default: 'besok', example: '2024-03-20' }),
    time('jam_1', 'Jam acara 1', 'Time of item 1', { required: true, example: '08.00' }),
    text('acara_1', 'Acara 1', 'Item 1', { required: true, example: 'Apel pagi bersama aparatur sipil negara' }),
    text('tempat_1', 'Tempat acara 1', 'Place of item 1', { example: 'Halaman Kantor Bupati' }),
    time('jam_2', 'Jam acara 2', 'Time of item 2', { example: '10.00' }),
    text('acara_2', 'Acara 2', 'Item 2', { example: 'Peresmian Pasar Rakyat Sukamaju' }),
    text('tempat_2', 'Tempat acara 2', 'Place of item 2', { example: 'Kecamatan Sukamaju Barat' }),
    time('jam_3', 'Jam acara 3', 'Time of item 3', { example: '13.30' }),
    text('acara_3', 'Acara 3', 'Item 3', { example: 'Rapat evaluasi pelayanan publik' }),
    text('tempat_3', 'Tempat acara 3', 'Place of item 3', { example: 'Ruang Rapat Sekretariat Daerah' }),
  ],
  body: `Agenda {pimpinan} pada {tanggal}:

🕗 {jam_1}: {acara_1}{?tempat_1}, {tempat_1}{/tempat_1}
{?acara_2}
🕗 {?jam_2}{jam_2}: {/jam_2}{acara_2}{?tempat_2}, {tempat_2}{/tempat_2}
{/acara_2}
{?acara_3}
🕗 {?jam_3}{jam_3}: {/jam_3}{acara_3}{?tempat_3}, {tempat_3}{/tempat_3}
{/acara_3}

Jadwal dapat berubah sesuai dengan perkembangan. Informasi resmi disampaikan oleh {profil.nama}.
${SIGN_OFF}`,
  hashtags: '{profil.tagar} #AgendaPimpinan',
};

export const capaianProgram: Template = {
  id: 'capaian-program',
  title: { id: 'Capaian program', en: 'Programme achievement' },
  description: {
    id: 'Hasil program dengan angka dan sumber datanya, agar capaian dapat dipertanggungjawabkan.',
    en: 'A programme result with figures and the source of the data, so it can be accounted for.',
  },
  category: 'capaian-program',
  purpose: 'promotif',
  tags: ['capaian', 'data', 'kinerja'],
  fields: [
    text('program', 'Nama program', 'Programme', { required: true, example: 'Program Sambungan Air Bersih Perdesaan' }),
    text('periode', 'Periode', 'Period', { required: true, example: 'tahun 2023' }),
    paragraph('capaian', 'Capaian (dengan angka)', 'Achievement (with figures)', {
      required: true,
      example: 'Sebanyak 4.250 rumah tangga di 18 desa kini tersambung dengan jaringan air bersih, melampaui target 4.000 sambungan.',
    }),
    paragraph('manfaat', 'Manfaat bagi masyarakat', 'Benefit to the public', {
      example: 'Warga tidak lagi harus mengambil air dari sumber yang jauh saat musim kemarau.',
    }),
    text('sumber_data', 'Sumber data', 'Data source', { required: true, example: 'Laporan Kinerja Dinas Pekerjaan Umum 2023' }),
  ],
  body: `Capaian {program} {periode}

{capaian}
{?manfaat}

{manfaat}
{/manfaat}

Terima kasih kepada seluruh masyarakat dan mitra yang terlibat. {profil.nama} terus berupaya meningkatkan layanan bagi warga.

Sumber data: {sumber_data}
${SIGN_OFF}`,
  hashtags: '{profil.tagar} #CapaianProgram',
};

export const ucapanPrestasi: Template = {
  id: 'ucapan-prestasi',
  title: { id: 'Ucapan selamat atas prestasi', en: 'Congratulations on an award' },
  description: {
    id: 'Selamat untuk lembaga, sekolah, desa, atau tim yang meraih penghargaan.',
    en: 'Congratulations to an institution, school, village or team on an award.',
  },
  category: 'capaian-program',
  purpose: 'promotif',
  tags: ['penghargaan', 'prestasi', 'ucapan'],
  fields: [
    text('penerima', 'Penerima penghargaan', 'Recipient', { required: true, example: 'Desa Sukamaju Kidul' }),
    text('penghargaan', 'Penghargaan', 'Award', { required: true, example: 'Juara I Lomba Desa Tingkat Provinsi' }),
    text('pemberi', 'Diberikan oleh', 'Given by', { example: 'Pemerintah Provinsi Jawa Tengah' }),
    date('tanggal', 'Tanggal penyerahan', 'Date awarded', { example: '2024-03-18' }),
    paragraph('pesan', 'Pesan', 'Message', {
      example: 'Semoga prestasi ini menjadi penyemangat untuk terus berinovasi melayani masyarakat.',
    }),
  ],
  body: `Selamat kepada {penerima}!

{penerima} meraih {penghargaan}{?pemberi} dari {pemberi}{/pemberi}{?tanggal} pada {tanggal:tanggal}{/tanggal}.
{?pesan}

{pesan}
{/pesan}

Segenap jajaran {profil.nama} turut bangga atas prestasi ini.
${SIGN_OFF}`,
  hashtags: '{profil.tagar} #BanggaPrestasi',
};
