import type { Template } from '../types';
import { choice, date, LINK_IN_BIO, paragraph, SIGN_OFF, text, time } from './build';

const PENGUMUMAN_BODY = (more: string): string => `Pengumuman: {layanan}

{isi}

Berlaku mulai {mulai}.
{?syarat}

Yang perlu dibawa: {syarat}
{/syarat}
${more}
Informasi resmi dari {profil.nama}.
{?profil.kontak}

Informasi lebih lanjut:
{profil.kontak}
{/profil.kontak}
${SIGN_OFF}`;

export const pengumumanLayanan: Template = {
  id: 'pengumuman-layanan',
  title: { id: 'Pengumuman layanan', en: 'Service announcement' },
  description: {
    id: 'Layanan baru, perubahan tempat, syarat, atau prosedur layanan publik.',
    en: 'A new service, or a change of place, requirements or procedure.',
  },
  category: 'pengumuman-layanan',
  purpose: 'informatif',
  tags: ['layanan', 'pengumuman'],
  fields: [
    text('layanan', 'Nama layanan', 'Service', { required: true, example: 'Layanan perekaman KTP elektronik' }),
    paragraph('isi', 'Isi pengumuman', 'Announcement', {
      required: true,
      example: 'Layanan pindah ke Mal Pelayanan Publik Kabupaten Sukamaju, Jalan Merdeka Nomor 1.',
    }),
    date('mulai', 'Berlaku mulai', 'From', { required: true, default: 'besok', example: '2024-04-01' }),
    paragraph('syarat', 'Yang perlu dibawa', 'What to bring', {
      example: 'kartu keluarga asli dan surat pengantar dari desa atau kelurahan.',
    }),
    text('tautan', 'Tautan informasi (Facebook)', 'Information link (Facebook)', {
      example: 'https://sukamajukab.go.id/layanan',
    }),
  ],
  body: PENGUMUMAN_BODY(`{?tautan}

Selengkapnya: {tautan}
{/tautan}
`),
  hashtags: '{profil.tagar} #LayananPublik',
  variants: {
    instagram: { body: PENGUMUMAN_BODY(`\n${LINK_IN_BIO}\n`) },
    tiktok: { body: PENGUMUMAN_BODY(`\n${LINK_IN_BIO}\n`) },
  },
};

export const jamLayanan: Template = {
  id: 'jam-layanan',
  title: { id: 'Jam layanan', en: 'Opening hours' },
  description: {
    id: 'Jam buka layanan, misalnya selama Ramadan, masa libur, atau jam layanan yang baru.',
    en: 'Opening hours, e.g. during Ramadan, holidays, or new hours.',
  },
  category: 'pengumuman-layanan',
  purpose: 'informatif',
  tags: ['jam layanan', 'jadwal'],
  fields: [
    text('unit', 'Unit layanan', 'Service unit', { required: true, example: 'Mal Pelayanan Publik Kabupaten Sukamaju' }),
    text('periode', 'Berlaku', 'Applies', { required: true, example: 'selama bulan Ramadan 1445 H' }),
    text('hari_1', 'Hari (baris 1)', 'Days (row 1)', { required: true, default: 'Senin–Kamis', example: 'Senin–Kamis' }),
    time('buka_1', 'Buka (baris 1)', 'Opens (row 1)', { required: true, default: '08.00', example: '08.00' }),
    time('tutup_1', 'Tutup (baris 1)', 'Closes (row 1)', { required: true, default: '15.00', example: '14.00' }),
    text('hari_2', 'Hari (baris 2)', 'Days (row 2)', { example: 'Jumat' }),
    time('buka_2', 'Buka (baris 2)', 'Opens (row 2)', { example: '08.00' }),
    time('tutup_2', 'Tutup (baris 2)', 'Closes (row 2)', { example: '11.00' }),
    paragraph('catatan', 'Catatan', 'Note', {
      example: 'Pada hari Sabtu, Minggu, dan hari libur nasional, layanan tutup.',
    }),
  ],
  body: `Jam layanan {unit} {periode}:

🗓️ {hari_1}: {buka_1:jam}–{tutup_1}
{?hari_2}
🗓️ {hari_2}: {buka_2:jam}–{tutup_2}
{/hari_2}
{?catatan}

{catatan}
{/catatan}

Informasi resmi dari {profil.nama}.
${SIGN_OFF}`,
  hashtags: '{profil.tagar} #JamLayanan',
};

export const gangguanLayanan: Template = {
  id: 'gangguan-layanan',
  title: { id: 'Gangguan atau pemeliharaan layanan', en: 'Service disruption or maintenance' },
  description: {
    id: 'Layanan daring atau luring yang terhenti sementara, dengan perkiraan pulih dan jalan lain.',
    en: 'A service down for a while, when it should be back, and what to do meanwhile.',
  },
  category: 'pengumuman-layanan',
  purpose: 'informatif',
  tags: ['gangguan', 'pemeliharaan', 'layanan'],
  fields: [
    text('layanan', 'Layanan', 'Service', { required: true, example: 'layanan antrean daring rumah sakit daerah' }),
    choice('keadaan', 'Keadaan', 'Status', {
      required: true,
      options: ['mengalami gangguan', 'dalam pemeliharaan sistem'],
      default: 'mengalami gangguan',
      example: 'dalam pemeliharaan sistem',
    }),
    date('tanggal', 'Sejak tanggal', 'Since', { required: true, default: 'hari ini', example: '2024-03-19' }),
    time('jam', 'Sejak pukul', 'Since (time)', { example: '09.00' }),
    time('pulih', 'Perkiraan pulih pukul', 'Expected back at', { example: '15.00' }),
    paragraph('alternatif', 'Sementara itu', 'Meanwhile', {
      example: 'Pendaftaran tetap dapat dilakukan langsung di loket rumah sakit.',
    }),
  ],
  body: `Mohon maaf, {layanan} sedang {keadaan}.

Kondisi ini berlangsung sejak {tanggal}{?jam} pukul {jam}{/jam}.
{?pulih}
Layanan diperkirakan kembali normal pukul {pulih}.
{/pulih}
{?alternatif}

{alternatif}
{/alternatif}

Terima kasih atas pengertian dan kesabaran Bapak/Ibu. Perkembangan selanjutnya akan disampaikan melalui akun resmi {profil.nama}.
{?profil.kontak}

Informasi lebih lanjut:
{profil.kontak}
{/profil.kontak}
${SIGN_OFF}`,
  hashtags: '{profil.tagar} #InfoLayanan',
};

export const layananKeliling: Template = {
  id: 'layanan-keliling',
  title: { id: 'Jadwal layanan keliling', en: 'Mobile service schedule' },
  description: {
    id: 'Layanan yang mendatangi warga: adminduk keliling, posyandu, perpustakaan keliling, dan sejenisnya.',
    en: 'A service that visits residents: mobile registry, health post, mobile library and the like.',
  },
  category: 'pengumuman-layanan',
  purpose: 'informatif',
  tags: ['layanan keliling', 'jadwal', 'jemput bola'],
  fields: [
    text('layanan', 'Layanan', 'Service', { required: true, example: 'Pelayanan administrasi kependudukan keliling' }),
    date('tanggal', 'Tanggal', 'Date', { required: true, default: 'besok', example: '2024-03-21' }),
    time('mulai', 'Mulai', 'From', { required: true, default: '08.00', example: '08.30' }),
    time('selesai', 'Selesai', 'Until', { example: '12.00' }),
    text('lokasi', 'Lokasi', 'Place', { required: true, example: 'Balai Desa Sukamaju Wetan' }),
    paragraph('layanan_tersedia', 'Layanan yang tersedia', 'Services offered', {
      example: 'perekaman KTP elektronik, pencetakan kartu keluarga, dan akta kelahiran',
    }),
    paragraph('syarat', 'Yang perlu dibawa', 'What to bring', { example: 'kartu keluarga asli.' }),
  ],
  body: `{layanan} hadir di {lokasi}.

📅 {tanggal}
🕗 {?selesai}{mulai:jam}–{selesai}{/selesai}{!selesai}{mulai} sampai selesai{/selesai}
{?layanan_tersedia}

Layanan yang tersedia: {layanan_tersedia}.
{/layanan_tersedia}
{?syarat}
Yang perlu dibawa: {syarat}
{/syarat}

Layanan ini tidak dipungut biaya. Informasi resmi dari {profil.nama}.
${SIGN_OFF}`,
  hashtags: '{profil.tagar} #LayananKeliling',
};

const PENDAFTARAN_NO_LINK = `Pendaftaran {program} telah dibuka untuk {sasaran}.

Persyaratan:
{syarat}

📅 Pendaftaran: {buka:tanggal} s.d. {tutup:tanggal}

Cara mendaftar: {cara}
${LINK_IN_BIO}

Seluruh tahapan tidak dipungut biaya. Waspadai pihak yang meminta imbalan dengan mengatasnamakan {profil.nama}.
${SIGN_OFF}`;

export const pendaftaran: Template = {
  id: 'pendaftaran',
  title: { id: 'Rekrutmen dan pendaftaran', en: 'Recruitment and registration' },
  description: {
    id: 'Pendaftaran pelatihan, beasiswa, lomba, atau rekrutmen tenaga, dengan syarat, jadwal, dan cara mendaftar.',
    en: 'Registration for training, scholarships, competitions or recruitment: requirements, dates, how to apply.',
  },
  category: 'pendaftaran',
  purpose: 'informatif',
  tags: ['pendaftaran', 'rekrutmen', 'pelatihan', 'beasiswa'],
  fields: [
    text('program', 'Program', 'Programme', { required: true, example: 'Pelatihan Kerja Berbasis Kompetensi Angkatan II' }),
    text('sasaran', 'Untuk siapa', 'Who can apply', { required: true, example: 'warga Kabupaten Sukamaju berusia 18–35 tahun' }),
    paragraph('syarat', 'Persyaratan', 'Requirements', {
      required: true,
      example: '• Berdomisili di Kabupaten Sukamaju\n• Pendidikan paling rendah SMA/SMK sederajat\n• Tidak sedang mengikuti pelatihan lain',
    }),
    date('buka', 'Pendaftaran dibuka', 'Opens', { required: true, default: 'hari ini', example: '2024-04-01' }),
    date('tutup', 'Pendaftaran ditutup', 'Closes', { required: true, example: '2024-04-15' }),
    paragraph('cara', 'Cara mendaftar', 'How to apply', {
      required: true,
      example: 'Datang langsung ke kantor Dinas Tenaga Kerja pada hari dan jam kerja.',
    }),
    text('tautan', 'Tautan pendaftaran (Facebook)', 'Registration link (Facebook)', {
      example: 'https://sukamajukab.go.id/pelatihan',
    }),
  ],
  body: `Pendaftaran {program} telah dibuka untuk {sasaran}.

Persyaratan:
{syarat}

📅 Pendaftaran: {buka:tanggal} s.d. {tutup:tanggal}

Cara mendaftar: {cara}
{?tautan}
Tautan pendaftaran: {tautan}
{/tautan}

Seluruh tahapan tidak dipungut biaya. Waspadai pihak yang meminta imbalan dengan mengatasnamakan {profil.nama}.
${SIGN_OFF}`,
  hashtags: '{profil.tagar} #InfoPendaftaran',
  variants: {
    instagram: { body: PENDAFTARAN_NO_LINK },
    tiktok: { body: PENDAFTARAN_NO_LINK },
  },
};
