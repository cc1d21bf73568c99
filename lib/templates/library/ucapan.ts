import type { Template } from '../types';
import { choice, date, paragraph, SIGN_OFF, text } from './build';

/** Extra hashtags typed by the admin (e.g. "#HariPahlawan2024"); counted against the platform limit. */
const EXTRA_TAGS = '{profil.tagar}{?tagar} {tagar}{/tagar}';

export const ucapanHariNasional: Template = {
  id: 'ucapan-hari-nasional',
  title: { id: 'Ucapan hari nasional', en: 'National day greeting' },
  description: {
    id: 'Peringatan hari nasional: Hari Kemerdekaan, Hari Pahlawan, Hari Kartini, dan lainnya, dengan tema resmi bila ada.',
    en: 'National days: Independence Day, Heroes’ Day, Kartini Day and others, with the official theme if any.',
  },
  category: 'hari-besar',
  purpose: 'promotif',
  tags: ['hari nasional', 'ucapan', 'peringatan'],
  fields: [
    choice('hari', 'Hari nasional', 'National day', {
      required: true,
      options: [
        'Hari Kemerdekaan Republik Indonesia',
        'Hari Pahlawan',
        'Hari Kebangkitan Nasional',
        'Hari Sumpah Pemuda',
        'Hari Pendidikan Nasional',
        'Hari Kartini',
        'Hari Lahir Pancasila',
        'Hari Kesaktian Pancasila',
        'Hari Ibu',
        'Hari Guru Nasional',
        'Hari Kesehatan Nasional',
        'Hari Bela Negara',
      ],
      example: 'Hari Pahlawan',
    }),
    text('ke', 'Peringatan ke-', 'Anniversary', { example: 'ke-79' }),
    date('tanggal', 'Tanggal', 'Date', { example: '2024-11-10' }),
    text('tema', 'Tema resmi', 'Official theme', { example: 'Teruskan Perjuangan Pahlawan' }),
    paragraph('pesan', 'Pesan', 'Message', {
      required: true,
      example: 'Semangat para pahlawan hidup dalam kerja nyata kita melayani masyarakat.',
    }),
    text('tagar', 'Tagar tambahan (diawali #)', 'Extra hashtag (with #)', { example: '#HariPahlawan2024' }),
  ],
  body: `Selamat {hari}{?ke} {ke}{/ke}{?tanggal}, {tanggal:tanggal}{/tanggal}.
{?tema}

Tema: "{tema}"
{/tema}

{pesan}

Segenap jajaran {profil.nama}
${SIGN_OFF}`,
  hashtags: EXTRA_TAGS,
};

export const ucapanHariRaya: Template = {
  id: 'ucapan-hari-raya',
  title: { id: 'Ucapan hari raya keagamaan', en: 'Religious holiday greeting' },
  description: {
    id: 'Ucapan untuk hari raya dan hari besar keagamaan yang menjadi hari libur nasional, dengan ejaan sesuai EYD.',
    en: 'Greetings for the religious holidays that are national holidays, spelled per EYD.',
  },
  category: 'hari-besar',
  purpose: 'promotif',
  tags: ['hari raya', 'ucapan', 'keagamaan'],
  fields: [
    choice('hari_raya', 'Hari raya', 'Holiday', {
      required: true,
      options: [
        'Hari Raya Idulfitri',
        'Hari Raya Iduladha',
        'Tahun Baru Islam',
        'memperingati Maulid Nabi Muhammad',
        'memperingati Isra Mikraj Nabi Muhammad',
        'Hari Raya Natal',
        'Hari Raya Paskah',
        'memperingati Kenaikan Yesus Kristus',
        'Hari Suci Nyepi',
        'Hari Raya Waisak',
        'Tahun Baru Imlek',
      ],
      example: 'Hari Raya Idulfitri',
    }),
    text('tahun', 'Tahun (penanggalan hari raya)', 'Year (holiday calendar)', { example: '1445 H' }),
    paragraph('pesan', 'Pesan', 'Message', {
      required: true,
      example: 'Mohon maaf lahir dan batin. Semoga kebersamaan dan kepedulian kita semakin kuat.',
    }),
    text('tagar', 'Tagar tambahan (diawali #)', 'Extra hashtag (with #)', { example: '#Idulfitri1445H' }),
  ],
  body: `Selamat {hari_raya}{?tahun} {tahun}{/tahun} bagi seluruh masyarakat yang merayakan.

{pesan}

Segenap jajaran {profil.nama}
${SIGN_OFF}`,
  hashtags: EXTRA_TAGS,
};

export const turutBerduka: Template = {
  id: 'turut-berduka',
  title: { id: 'Turut berduka cita', en: 'Condolence' },
  description: {
    id: 'Ucapan duka atas wafatnya tokoh, pejabat, atau pegawai, dengan bahasa yang netral dan santun.',
    en: 'Condolences on the death of a public figure, official or colleague, in neutral, courteous words.',
  },
  category: 'duka-cita',
  purpose: 'informatif',
  tags: ['duka cita', 'belasungkawa'],
  fields: [
    text('nama', 'Nama almarhum/almarhumah', 'Name of the deceased', { required: true, example: 'Bapak Ahmad Sutrisno' }),
    text('jabatan', 'Jabatan atau peran', 'Position or role', { example: 'Kepala Desa Sukamaju Kidul periode 2013–2019' }),
    date('tanggal', 'Tanggal wafat', 'Date of death', { required: true, default: 'hari ini', example: '2024-03-19' }),
    paragraph('doa', 'Doa dan penghiburan', 'Prayer and comfort', {
      required: true,
      default: 'Semoga almarhum mendapat tempat terbaik di sisi Tuhan Yang Maha Esa dan keluarga yang ditinggalkan diberi ketabahan.',
      example: 'Semoga almarhum mendapat tempat terbaik di sisi Tuhan Yang Maha Esa dan keluarga yang ditinggalkan diberi ketabahan.',
    }),
  ],
  body: `Turut berduka cita

Segenap jajaran {profil.nama} turut berduka cita yang mendalam atas wafatnya {nama}{?jabatan}, {jabatan},{/jabatan} pada {tanggal}.

{doa}
${SIGN_OFF}`,
  hashtags: '{profil.tagar}',
};
