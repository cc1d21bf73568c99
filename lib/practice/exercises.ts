/**
 * Built-in exercises, easiest first. Each caption is something admins really post (copied from a
 * WhatsApp group, written in a hurry, inherited from a previous admin) with problems planted on
 * purpose. They are written for the practice institution in ./institution.ts; ./answers.ts holds
 * the categories each one trains and a model answer, which the unit test runs through the engine.
 */
import type { Exercise } from '../presets/types';
import { LONG_RELEASE } from './long-release';

export const BUILTIN_EXERCISES: Exercise[] = [
  {
    id: 'latihan-ejaan-imbauan',
    title: { id: 'Ejaan dalam imbauan layanan KTP', en: 'Spelling in an ID-card service notice' },
    level: 'mudah',
    platform: 'instagram',
    caption:
      'Himbauan untuk warga Sukamaju: perekaman KTP elektronik di Mal Pelayanan Publik dibuka mulai pukul 08.00 WIB.\n' +
      'Silahkan antri dengan tertib dan bawa surat kuasa bila mewakili anggota keluarga.\n\n#SukamajuMaju',
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Ada tiga kata yang tidak baku menurut KBBI.', en: 'Three words are not standard according to KBBI.' },
      { id: 'Lihat kata pertama, lalu dua kata di awal kalimat kedua.', en: 'Look at the first word, then the first two words of the second sentence.' },
    ],
  },
  {
    id: 'latihan-ejaan-ramadan',
    title: { id: 'Jam layanan selama Ramadan', en: 'Opening hours during Ramadan' },
    level: 'mudah',
    platform: 'facebook',
    caption:
      'Selama bulan Ramadhan, jam layanan Disdukcapil Kabupaten Sukamaju berubah:\n' +
      'Senin–Kamis pukul 08.00–14.00 WIB\nJum\'at pukul 08.00–11.00 WIB\n\n' +
      'Terimakasih atas pengertian Bapak dan Ibu sekalian.\n\n#SukamajuMaju',
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Periksa nama bulan, nama hari, dan ucapan terima kasih.', en: 'Check the name of the month, the day and the thank-you.' },
    ],
  },
  {
    id: 'latihan-tagar-tiktok',
    title: { id: 'Tagar yang terpotong dan ganda', en: 'Broken and duplicate hashtags' },
    level: 'mudah',
    platform: 'tiktok',
    caption:
      'Serunya Festival Jajanan UMKM di alun-alun Sukamaju akhir pekan ini! Ada 40 stan makanan khas desa.\n\n' +
      '#Sukamaju-Maju #InfoSukamaju #infosukamaju #UMKMSukamaju',
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Tanda hubung memotong tagar: yang terbaca hanya bagian sebelum tanda itu.', en: 'A hyphen cuts a hashtag: only the part before it counts.' },
      { id: 'Tagar yang sama dengan huruf besar-kecil berbeda tetap dihitung ganda.', en: 'The same hashtag in other capitals is still a duplicate.' },
    ],
  },
  {
    id: 'latihan-tagar-berlebih',
    title: { id: 'Terlalu banyak tagar dan slogan lama', en: 'Too many hashtags and an old slogan' },
    level: 'mudah',
    platform: 'instagram',
    caption:
      'Gotong royong membersihkan saluran air di Desa Sukamukti bersama warga dan perangkat desa pagi ini.\n\n' +
      '#SukamajuMaju #SukamajuJaya #InfoSukamaju #GotongRoyong #DesaSukamukti #Kebersihan #LingkunganSehat #CegahBanjir',
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Instagram institusi dibatasi lima tagar per unggahan.', en: 'Institution posts on Instagram are limited to five hashtags.' },
      { id: 'Satu tagar adalah slogan pimpinan sebelumnya dan sudah dilarang.', en: "One hashtag is the previous leader's slogan and is now forbidden." },
    ],
  },
  {
    id: 'latihan-templat-imbauan',
    title: { id: 'Imbauan kesehatan dengan templat', en: 'A health advisory with the template' },
    level: 'mudah',
    platform: 'tiktok',
    caption: 'musim hujan, kasus DBD naik, warga diminta 3M plus',
    goal: { kind: 'use-template', templateId: 'imbauan-kesehatan' },
    hints: [
      { id: 'Templat "Imbauan kesehatan" sudah memuat susunan yang dianjurkan.', en: 'The "Health advisory" template already has the recommended structure.' },
    ],
  },
  {
    id: 'latihan-nama-resmi',
    title: { id: 'Nama resmi, akun, dan tagline', en: 'Official names, account and tagline' },
    level: 'sedang',
    platform: 'facebook',
    caption:
      'Pemda Sukamaju membuka layanan perizinan usaha di Mall Pelayanan Publik mulai Senin depan.\n' +
      'Informasi lengkap dapat dilihat di halaman @pemkabsukamajuu.\n\nsukamaju bersinar!\n\n#SukamajuMaju',
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Glosarium instansi menentukan cara menulis nama pemerintah daerah dan nama gedung layanan.', en: "The institution's glossary says how to write the local government's name and the service building." },
      { id: 'Satu huruf lebih di nama akun menautkan ke akun orang lain.', en: 'One extra letter in the handle links to someone else.' },
      { id: 'Tagline ditulis persis seperti di profil.', en: 'The tagline is written exactly as in the profile.' },
    ],
  },
  {
    id: 'latihan-data-pribadi-bansos',
    title: { id: 'Data pribadi penerima bantuan', en: "Aid recipients' personal data" },
    level: 'sedang',
    platform: 'instagram',
    caption:
      'Penyaluran bantuan pangan di Desa Cibening hari ini. Salah satu penerima, Ibu Sarinah (NIK 3204124507800003), ' +
      'menyampaikan terima kasih. Warga yang belum menerima dapat menghubungi pendamping desa di 0812-3456-7890.\n\n#SukamajuMaju',
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Nomor 16 angka adalah NIK: data pribadi yang dilindungi UU PDP.', en: 'The 16-digit number is an ID number, protected by the data-protection law.' },
      { id: 'Nomor ponsel pribadi petugas juga data pribadi; pakai kontak resmi instansi.', en: "An officer's own mobile number is personal data too; use the institution's official contact." },
    ],
  },
  {
    id: 'latihan-hoaks-gempa',
    title: { id: 'Pesan berantai tentang gempa', en: 'A chain message about an earthquake' },
    level: 'sedang',
    platform: 'tiktok',
    caption:
      'VIRALKAN!!! Katanya besok malam akan ada gempa susulan pukul 23.00 WIB di wilayah Sukamaju. ' +
      'Info dari grup sebelah, bagikan ke semua grup sebelum dihapus!!!\n\n#SukamajuMaju',
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Tidak ada yang dapat meramal waktu gempa. Sumber resminya BMKG.', en: 'Nobody can predict when an earthquake will happen. The official source is BMKG.' },
      { id: 'Ajakan menyebarkan dan "katanya" adalah ciri hoaks menurut Mafindo.', en: 'Calls to spread and "they say" are hoax signs according to Mafindo.' },
    ],
  },
  {
    id: 'latihan-tautan-pendek',
    title: { id: 'Tautan pendek untuk pendaftaran', en: 'A short link for sign-up' },
    level: 'sedang',
    platform: 'tiktok',
    caption:
      'Pendaftaran Pelatihan Kemasan Produk UMKM Kabupaten Sukamaju dibuka sampai 30 Juni. Kuota 50 peserta.\n' +
      'Daftar melalui https://bit.ly/umkm-sukamaju\n\n#SukamajuMaju',
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Di TikTok, alamat web di keterangan tidak bisa diklik.', en: 'On TikTok, a web address in the caption cannot be clicked.' },
      { id: 'Tautan pendek juga menyembunyikan alamat tujuan; arahkan ke tautan resmi di bio.', en: 'A short link also hides where it goes; point to the official link in the bio.' },
    ],
  },
  {
    id: 'latihan-tautan-instagram',
    title: { id: 'Tautan di keterangan Instagram', en: 'A link in an Instagram caption' },
    level: 'sedang',
    platform: 'instagram',
    caption:
      'Jadwal vaksinasi anak di puskesmas se-Kabupaten Sukamaju bulan ini sudah terbit.\n' +
      'Cek jadwal lengkapnya di https://dinkes.sukamajukab.go.id/jadwal-imunisasi\n\n#SukamajuMaju #InfoSukamaju',
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Di Instagram, alamat web di keterangan tidak bisa diklik.', en: 'On Instagram, a web address in the caption cannot be clicked.' },
      { id: 'Arahkan pembaca ke tautan di bio.', en: 'Point readers to the link in the bio.' },
    ],
  },
  {
    id: 'latihan-mention-desa',
    title: { id: 'Menandai semua akun desa', en: 'Tagging every village account' },
    level: 'sedang',
    platform: 'instagram',
    caption:
      'Terima kasih kepada seluruh pemerintah desa se-Kecamatan Cibening yang telah menyelesaikan laporan dana desa tepat waktu!\n' +
      '@desa.cibening @desa.sukamukti @desa.karanganyar @desa.mekarsari @desa.sindangsari @desa.sukaraja @desa.margamulya ' +
      '@desa.cijambu @desa.sirnagalih @desa.sukahurip @desa.mekarjaya @desa.cikadu @desa.sukasari @desa.pasirjati ' +
      '@desa.wangunsari @desa.bojongsari @desa.tanjungjaya @desa.cibodas @desa.neglasari @desa.girimukti @desa.sukamanah ' +
      '@desa-lembang\n\n#SukamajuMaju',
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Instagram hanya menandai paling banyak 20 akun per unggahan.', en: 'Instagram tags at most 20 accounts per post.' },
      { id: 'Nama akun Instagram tidak boleh memakai tanda hubung.', en: 'Instagram handles cannot contain a hyphen.' },
    ],
  },
  {
    id: 'latihan-templat-laporan',
    title: { id: 'Laporan kegiatan dengan templat', en: 'An activity report with the template' },
    level: 'sedang',
    platform: 'instagram',
    caption: 'catatan: rakor percepatan penurunan stunting, aula setda, tadi pagi, dipimpin sekda, 120 peserta',
    goal: { kind: 'use-template', templateId: 'laporan-kegiatan' },
    hints: [
      { id: 'Buka "Templat" di panel Saring dan pilih "Laporan kegiatan".', en: 'Open "Templates" in the Saring panel and choose "Activity report".' },
      { id: 'Isi kolomnya dari catatan, lalu pilih "ganti seluruh keterangan".', en: 'Fill its fields from the notes, then replace the whole caption.' },
    ],
  },
  {
    id: 'latihan-netralitas',
    title: { id: 'Netralitas ASN menjelang pilkada', en: 'Civil-servant neutrality before an election' },
    level: 'sulit',
    platform: 'facebook',
    caption:
      'Terima kasih kepada paslon nomor urut 2 yang hadir dalam peresmian jalan desa. Salam dua jari!\n' +
      'Ayo dukung paslon nomor urut 2 dan coblos nomor 2 pada 27 November nanti.\n\n#SukamajuMaju',
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Akun instansi tidak boleh berpihak pada calon mana pun (SKB 2/2022).', en: 'An institution account may not side with any candidate (SKB 2/2022).' },
      { id: 'Sampaikan informasi pilkada yang netral: tanggal, TPS, dan ajakan memakai hak suara.', en: 'Give neutral election information: the date, the polling station and a call to vote.' },
    ],
  },
  {
    id: 'latihan-sara-pasar',
    title: { id: 'Pasar murah tanpa membeda-bedakan warga', en: 'A cheap market without discrimination' },
    level: 'sulit',
    platform: 'tiktok',
    caption:
      'Pasar murah khusus warga pribumi Kecamatan Cibening hari Sabtu di lapangan desa. ' +
      'Usir saja pedagang pendatang yang ikut berjualan!\n\n#SukamajuMaju',
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Istilah "pribumi" tidak dipakai lagi dalam penyelenggaraan pemerintahan (Inpres 26/1998).', en: 'The term "pribumi" is no longer used by government (Inpres 26/1998).' },
      { id: 'Layanan pemerintah untuk semua warga; ajakan mengusir kelompok tertentu memecah belah.', en: 'Government services are for everyone; telling people to drive a group away divides them.' },
    ],
  },
  {
    id: 'latihan-hoaks-ramuan',
    title: { id: 'Obat ajaib dan bansos palsu', en: 'A miracle cure and fake aid' },
    level: 'sulit',
    platform: 'facebook',
    caption:
      'PENTING!!! Ramuan ajaib daun pepaya 100% ampuh dan terbukti menyembuhkan DBD tanpa efek samping. ' +
      'Bansos cair untuk pasien DBD, klik link untuk daftar: https://s.id/bansos-dbd\n' +
      'Sebarkan sebelum dihapus!\n\n#SukamajuMaju',
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Klaim obat yang "100% ampuh" dan bantuan yang "cair" lewat tautan pendek adalah pola hoaks yang sering muncul.', en: '"100% effective" cures and aid "paid out" through a short link are common hoax patterns.' },
      { id: 'Ganti dengan imbauan resmi Dinas Kesehatan: 3M Plus dan segera berobat bila demam tinggi.', en: "Replace it with the health office's advice: 3M Plus and see a doctor for a high fever." },
    ],
  },
  {
    id: 'latihan-panjang-rilis',
    title: { id: 'Rilis pers yang terlalu panjang', en: 'A press release that is too long' },
    level: 'sulit',
    platform: 'instagram',
    caption: LONG_RELEASE,
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Keterangan Instagram paling banyak 2.200 karakter. Ringkas rilis menjadi inti: apa, kapan, di mana, hasilnya.', en: 'An Instagram caption holds at most 2,200 characters. Keep the core: what, when, where, the result.' },
      { id: 'Rilis lengkap bisa diarahkan ke tautan di bio.', en: 'The full release can go behind the link in the bio.' },
    ],
  },
  {
    id: 'latihan-campuran-posyandu',
    title: { id: 'Laporan posyandu yang ditulis terburu-buru', en: 'A health-post report written in a hurry' },
    level: 'sulit',
    platform: 'instagram',
    caption:
      'Kegiatan posyandu balita di Desa Sukamukti bersama Pemda Sukamaju. Ibu Ratna (0857-1122-3344) menjadi kader teladan. ' +
      'Silahkan warga yang ingin konsultasi datang langsung, jadual posyandu setiap Selasa.\n\n' +
      '#Posyandu #posyandu #BalitaSehat #SukamajuJaya #DesaSukamukti #GiziSeimbang #StopStunting',
    goal: { kind: 'fix-errors' },
    hints: [
      { id: 'Ada masalah di lima kategori: nama resmi, data pribadi, ejaan, dan tagar (jumlah, ganda, terlarang, wajib).', en: 'Problems in several categories: official name, personal data, spelling and hashtags (count, duplicate, forbidden, required).' },
      { id: 'Mulai dari kesalahan (merah), lalu peringatan (kuning).', en: 'Start with the errors (red), then the warnings (yellow).' },
    ],
  },
];
