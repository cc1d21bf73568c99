/**
 * What each built-in exercise trains and one caption that solves it. The unit test proves both
 * against the engine; the result card shows the model answer after the attempt.
 */
import type { Category } from '../checks/types';

export interface ExerciseAnswer {
  /** Categories the starting caption must produce errors or warnings in. */
  categories: Category[];
  /** A caption with no error or warning left; null for template exercises (the template is the answer). */
  solution: string | null;
}

export const EXERCISE_ANSWERS: Record<string, ExerciseAnswer> = {
  'latihan-ejaan-imbauan': {
    categories: ['spelling'],
    solution:
      'Imbauan untuk warga Sukamaju: perekaman KTP elektronik di Mal Pelayanan Publik dibuka mulai pukul 08.00 WIB.\n' +
      'Silakan antre dengan tertib dan bawa surat kuasa bila mewakili anggota keluarga.\n\n#SukamajuMaju',
  },
  'latihan-ejaan-ramadan': {
    categories: ['spelling'],
    solution:
      'Selama bulan Ramadan, jam layanan Disdukcapil Kabupaten Sukamaju berubah:\n' +
      'Senin–Kamis pukul 08.00–14.00 WIB\nJumat pukul 08.00–11.00 WIB\n\n' +
      'Terima kasih atas pengertian Bapak dan Ibu sekalian.\n\n#SukamajuMaju',
  },
  'latihan-tagar-tiktok': {
    categories: ['hashtag'],
    solution:
      'Serunya Festival Jajanan UMKM di alun-alun Sukamaju akhir pekan ini! Ada 40 stan makanan khas desa.\n\n' +
      '#SukamajuMaju #InfoSukamaju #UMKMSukamaju',
  },
  'latihan-tagar-berlebih': {
    categories: ['hashtag'],
    solution:
      'Gotong royong membersihkan saluran air di Desa Sukamukti bersama warga dan perangkat desa pagi ini.\n\n' +
      '#SukamajuMaju #InfoSukamaju #GotongRoyong #DesaSukamukti #CegahBanjir',
  },
  'latihan-nama-resmi': {
    categories: ['branding'],
    solution:
      'Pemerintah Kabupaten Sukamaju membuka layanan perizinan usaha di Mal Pelayanan Publik mulai Senin depan.\n' +
      'Informasi lengkap dapat dilihat di halaman @pemkabsukamaju.\n\nSukamaju BERSINAR\n\n#SukamajuMaju',
  },
  'latihan-data-pribadi-bansos': {
    categories: ['personal-data'],
    solution:
      'Penyaluran bantuan pangan di Desa Cibening hari ini. Para penerima menyampaikan terima kasih. ' +
      'Warga yang belum menerima dapat menghubungi WhatsApp pengaduan 0811-2233-4455.\n\n#SukamajuMaju',
  },
  'latihan-hoaks-gempa': {
    categories: ['hoax'],
    solution:
      'Warga Sukamaju, informasi gempa bumi hanya berasal dari sumber resmi BMKG. ' +
      'Sampai hari ini tidak ada teknologi yang dapat meramal waktu gempa secara tepat. ' +
      'Pantau aplikasi InfoBMKG dan akun resmi BPBD Kabupaten Sukamaju.\n\n#SukamajuMaju',
  },
  'latihan-tautan-pendek': {
    categories: ['link'],
    solution:
      'Pendaftaran Pelatihan Kemasan Produk UMKM Kabupaten Sukamaju dibuka sampai 30 Juni. Kuota 50 peserta.\n' +
      'Formulir pendaftaran resmi ada di tautan pada bio akun ini.\n\n#SukamajuMaju',
  },
  'latihan-tautan-instagram': {
    categories: ['link'],
    solution:
      'Jadwal vaksinasi anak di puskesmas se-Kabupaten Sukamaju bulan ini sudah terbit.\n' +
      'Jadwal lengkapnya ada di tautan pada bio.\n\n#SukamajuMaju #InfoSukamaju',
  },
  'latihan-mention-desa': {
    categories: ['mention'],
    solution:
      'Terima kasih kepada seluruh pemerintah desa se-Kecamatan Cibening yang telah menyelesaikan laporan dana desa tepat waktu!\n\n' +
      '#SukamajuMaju',
  },
  'latihan-netralitas': {
    categories: ['sensitive'],
    solution:
      'Jalan desa sepanjang 2 kilometer di Desa Karanganyar diresmikan hari ini dan siap digunakan warga.\n' +
      'Pemungutan suara pilkada berlangsung 27 November. Datang ke TPS dan gunakan hak suara Anda.\n\n#SukamajuMaju',
  },
  'latihan-sara-pasar': {
    categories: ['sensitive'],
    solution:
      'Pasar murah untuk seluruh warga Kecamatan Cibening hari Sabtu di lapangan desa. ' +
      'Semua pedagang yang terdaftar di kantor kecamatan boleh berjualan.\n\n#SukamajuMaju',
  },
  'latihan-hoaks-ramuan': {
    categories: ['hoax'],
    solution:
      'Musim hujan, kasus demam berdarah dengue (DBD) meningkat. Lakukan 3M Plus: menguras dan menutup tempat penampungan air, ' +
      'mendaur ulang barang bekas, serta mencegah gigitan nyamuk.\n' +
      'Bila demam tinggi lebih dari dua hari, periksakan diri ke puskesmas terdekat.\n' +
      'Sumber: Dinas Kesehatan Kabupaten Sukamaju.\n\n#SukamajuMaju',
  },
  'latihan-panjang-rilis': {
    categories: ['length'],
    solution:
      'Rapat Koordinasi Percepatan Penurunan Stunting Kabupaten Sukamaju 2025 digelar di Aula Sekretariat Daerah pada Selasa pagi, ' +
      'dipimpin Sekretaris Daerah bersama camat, kepala puskesmas, dan kepala desa.\n\n' +
      'Prevalensi stunting turun dari 24,1 persen (2022) menjadi 19,8 persen (2024). Tahun ini ada lima langkah prioritas: ' +
      'pendataan keluarga berisiko, pendampingan ibu hamil dan menyusui, makanan tambahan dari pangan lokal, sanitasi dan air bersih, ' +
      'serta edukasi gizi di posyandu dan sekolah.\n\n' +
      'Rilis lengkap ada di tautan pada bio.\n\n#SukamajuMaju #InfoSukamaju #CegahStunting',
  },
  'latihan-campuran-posyandu': {
    categories: ['branding', 'personal-data', 'spelling', 'hashtag'],
    solution:
      'Kegiatan posyandu balita di Desa Sukamukti bersama Pemerintah Kabupaten Sukamaju. Ibu Ratna menjadi kader teladan. ' +
      'Warga yang ingin berkonsultasi silakan datang langsung; jadwal posyandu setiap Selasa.\n\n' +
      '#SukamajuMaju #Posyandu #BalitaSehat #DesaSukamukti #StopStunting',
  },
  'latihan-templat-laporan': { categories: [], solution: null },
  'latihan-templat-imbauan': { categories: [], solution: null },
};
