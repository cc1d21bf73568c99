import type { Template } from '../types';
import { choice, paragraph, SIGN_OFF, text } from './build';

export const imbauanKesehatan: Template = {
  id: 'imbauan-kesehatan',
  title: { id: 'Imbauan kesehatan', en: 'Health advisory' },
  description: {
    id: 'Pencegahan penyakit (DBD, diare, ISPA, dan lainnya): langkah yang dapat dilakukan warga dan kapan harus berobat.',
    en: 'Preventing a disease: what residents can do and when to seek care.',
  },
  category: 'imbauan',
  purpose: 'edukatif',
  tags: ['kesehatan', 'pencegahan', 'imbauan'],
  fields: [
    text('penyakit', 'Penyakit atau masalah kesehatan', 'Disease or health issue', {
      required: true,
      example: 'demam berdarah dengue (DBD)',
    }),
    paragraph('langkah', 'Langkah pencegahan', 'Prevention', {
      required: true,
      example: '1. Menguras tempat penampungan air.\n2. Menutup rapat wadah air.\n3. Mendaur ulang barang bekas yang dapat menampung air.',
    }),
    text('gejala', 'Gejala yang perlu diwaspadai', 'Warning signs', {
      example: 'demam tinggi mendadak, nyeri otot, atau bintik merah pada kulit',
    }),
    text('fasilitas', 'Tempat berobat', 'Where to get care', { default: 'puskesmas terdekat', example: 'puskesmas terdekat' }),
    text('sumber', 'Sumber informasi', 'Source', { example: 'Dinas Kesehatan Kabupaten Sukamaju' }),
  ],
  body: `Waspada {penyakit}

{profil.nama} mengimbau masyarakat untuk melakukan langkah pencegahan berikut:
{langkah}
{?gejala}

Segera periksakan diri ke {fasilitas} bila mengalami {gejala}.
{/gejala}
{?sumber}

Sumber: {sumber}
{/sumber}

Mari jaga kesehatan diri, keluarga, dan lingkungan.
${SIGN_OFF}`,
  hashtags: '{profil.tagar} #HidupSehat',
  variants: { facebook: { hashtags: '{profil.tagar} #HidupSehat #Germas #CegahPenyakit' } },
};

export const imbauanBencana: Template = {
  id: 'imbauan-bencana',
  title: { id: 'Imbauan kewaspadaan bencana', en: 'Disaster preparedness advisory' },
  description: {
    id: 'Ajakan bersiaga menghadapi potensi bencana berdasarkan informasi resmi (BMKG, BPBD, PVMBG).',
    en: 'A call to be prepared for a possible hazard, based on official information.',
  },
  category: 'imbauan',
  purpose: 'edukatif',
  tags: ['bencana', 'cuaca', 'kesiapsiagaan', 'imbauan'],
  fields: [
    choice('ancaman', 'Potensi bencana', 'Hazard', {
      required: true,
      options: [
        'cuaca ekstrem',
        'banjir',
        'tanah longsor',
        'angin kencang',
        'gelombang tinggi',
        'kebakaran hutan dan lahan',
        'kekeringan',
        'erupsi gunung api',
      ],
      example: 'cuaca ekstrem',
    }),
    text('periode', 'Periode', 'Period', { required: true, example: 'sepekan ke depan' }),
    text('wilayah', 'Wilayah yang perlu waspada', 'Areas concerned', { example: 'wilayah perbukitan dan bantaran sungai' }),
    text('sumber', 'Sumber informasi', 'Source', { required: true, example: 'prakiraan cuaca BMKG' }),
    paragraph('langkah', 'Langkah kesiapsiagaan', 'What to do', {
      required: true,
      example: '• Bersihkan saluran air di sekitar rumah.\n• Hindari berteduh di bawah pohon besar saat hujan disertai angin.\n• Siapkan tas siaga berisi dokumen penting dan obat-obatan.',
    }),
    text('darurat', 'Nomor darurat', 'Emergency number', { required: true, default: '112', example: '112' }),
  ],
  body: `Imbauan kewaspadaan {ancaman}

Berdasarkan {sumber}, potensi {ancaman} perlu diwaspadai {periode}{?wilayah}, terutama di {wilayah}{/wilayah}.

{profil.nama} mengimbau masyarakat untuk:
{langkah}

Dalam keadaan darurat, hubungi {darurat}. Ikuti perkembangan informasi dari kanal resmi pemerintah.
${SIGN_OFF}`,
  hashtags: '{profil.tagar} #SiagaBencana',
};

export const imbauanKeamanan: Template = {
  id: 'imbauan-keamanan',
  title: { id: 'Imbauan keamanan dan waspada penipuan', en: 'Security and scam advisory' },
  description: {
    id: 'Waspada penipuan yang mengatasnamakan instansi, pencurian, atau gangguan ketertiban lingkungan.',
    en: 'Scams in the institution’s name, theft, or neighbourhood order.',
  },
  category: 'imbauan',
  purpose: 'edukatif',
  tags: ['keamanan', 'penipuan', 'kamtibmas', 'imbauan'],
  fields: [
    text('judul', 'Judul imbauan', 'Heading', { required: true, default: 'Waspada penipuan', example: 'Waspada penipuan' }),
    paragraph('modus', 'Apa yang terjadi', 'What is happening', {
      required: true,
      example: 'Ada pihak yang mengirim pesan dengan mengaku sebagai pejabat pemerintah daerah dan meminta sejumlah uang untuk pengurusan izin usaha.',
    }),
    paragraph('langkah', 'Yang perlu dilakukan warga', 'What to do', {
      required: true,
      example: '• Jangan menanggapi permintaan uang melalui pesan pribadi.\n• Pastikan informasi hanya melalui kanal resmi pemerintah daerah.\n• Simpan bukti pesan dan laporkan.',
    }),
    text('lapor', 'Tempat melapor', 'Where to report', { required: true, default: 'Call Center 112', example: 'Call Center 112' }),
  ],
  body: `{judul}

{modus}

{profil.nama} tidak pernah meminta imbalan dalam bentuk apa pun untuk layanan yang diberikan. Masyarakat diimbau untuk:
{langkah}

Laporkan kejadian serupa melalui {lapor}.
${SIGN_OFF}`,
  hashtags: '{profil.tagar} #WaspadaPenipuan',
};

export const sosialisasiProgram: Template = {
  id: 'sosialisasi-program',
  title: { id: 'Sosialisasi program atau aturan', en: 'Explaining a programme or regulation' },
  description: {
    id: 'Apa programnya, untuk siapa, bagaimana caranya, dan apa dasar hukumnya, dalam bahasa yang mudah dipahami.',
    en: 'What it is, who it is for, how it works and its legal basis, in plain language.',
  },
  category: 'edukasi',
  purpose: 'edukatif',
  tags: ['sosialisasi', 'program', 'regulasi'],
  fields: [
    text('program', 'Program atau aturan', 'Programme or regulation', { required: true, example: 'Program Jaminan Kesehatan Daerah' }),
    paragraph('apa', 'Penjelasan singkat', 'In short', {
      required: true,
      example: 'Program ini membantu warga yang belum memiliki jaminan kesehatan agar dapat berobat di fasilitas kesehatan milik pemerintah.',
    }),
    text('sasaran', 'Untuk siapa', 'Who it is for', { required: true, example: 'warga Kabupaten Sukamaju yang belum terdaftar sebagai peserta JKN' }),
    paragraph('cara', 'Cara mengakses', 'How to take part', {
      required: true,
      example: 'Daftarkan diri melalui kantor desa atau kelurahan dengan membawa kartu keluarga.',
    }),
    text('dasar', 'Dasar hukum', 'Legal basis', { example: 'Peraturan Bupati Sukamaju Nomor 12 Tahun 2023' }),
  ],
  body: `Mengenal {program}

{apa}

👥 Sasaran: {sasaran}.

📝 Caranya: {cara}
{?dasar}

Dasar hukum: {dasar}.
{/dasar}

Informasi ini disampaikan oleh {profil.nama}. Ada pertanyaan? Tulis di kolom komentar.
${SIGN_OFF}`,
  hashtags: '{profil.tagar} #SosialisasiProgram',
};
