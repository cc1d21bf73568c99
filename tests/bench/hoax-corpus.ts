/**
 * The development corpus for the hoax rules (`npm run bench -- hoax`). Every text was written for
 * Saring, in the styles it must tell apart; none is copied from a real message or article.
 * - `chain`: chain messages written the way real ones are (forwarded markers, ‼, slang spread calls);
 * - `forward`: a listed claim restated plainly, as people pass it on without any chain wording;
 * - `official`: government captions on the same topics, which must stay quiet;
 * - `clarification`: [HOAKS]/[SALAH] posts and "tidak benar bahwa …", quoting the claim to refute it;
 * - `news`: news-like text with quotes, reporting verbs, past disasters with exact times.
 * `claim` names the starter claim (lib/presets/default-pack/claims.ts) a text restates, if any.
 */
export type CorpusKind = 'chain' | 'forward' | 'official' | 'clarification' | 'news';

export interface CorpusItem {
  kind: CorpusKind;
  text: string;
  claim?: string;
}

export const HOAX_CORPUS: CorpusItem[] = [
  // ---- chain messages ----
  { kind: 'chain', claim: 'vaksin-covid-microchip-kontrol', text: '*Pesan terusan*\nINNALILLAHI‼ Ternyata suntikan vaksin covid itu buat masang microchip di badan kita biar semua rakyat bisa dikontrol total. Jangan mau divaksin!! Sebarin ke keluarga sebelum dihapus' },
  { kind: 'chain', claim: 'vaksin-covid-microchip-bantai', text: 'Hati2 saudaraku!!! vaksin corona itu ada microchip yg bisa diaktifkan dari jauh utk membunuh 7,5 milyar manusia. Info A1 dari orang dalam. Viralkan!!' },
  { kind: 'chain', claim: 'whatsapp-berbayar-teruskan-10', text: 'Mulai senin WHATSAPP AKAN DIKENAI BIAYA per pesan!! Kalau mau tetap gratis teruskan pesan ini ke 10 kontak supaya logo kamu jadi biru. Ini bukan hoaks, sudah masuk berita' },
  { kind: 'chain', claim: 'whatsapp-ulang-tahun-kuota-50gb', text: 'Alhamdulillah sudah saya coba dan berhasil‼ WhatsApp lagi ulang tahun, bagi-bagi kuota gratis 50GB semua operator berlaku 90 hari. Buruan klik sebelum ditutup, bantu share ke grup lain' },
  { kind: 'chain', claim: 'musim-penculikan-anak', text: 'WASPADA!!! Lagi musim penculikan anak umur 1-12 thn. Penculiknya nyamar jadi penjual, pengemis, sampai ibu hamil. Dari grup sebelah, tolong kirim ke semua grup ya bapak ibu 🙏🙏' },
  { kind: 'chain', claim: 'gempa-susulan-madura-8-4', text: 'Info dari BMKG‼ malam ini diprediksi ada gempa susulan 8,4 SR di Madura, warga disuruh keluar rumah jam 22.00-24.00. Share sebanyak-banyaknya!!' },
  { kind: 'chain', claim: 'pemadaman-bergilir-tiap-3-jam', text: 'Dapat info dari teman yang kerja di PLN, listrik Jakarta bakal dipadamkan bergilir tiap 3 jam. SEGERA ISI AIR DAN CAS SEMUA HP KALIAN!! Sebarin ya' },
  { kind: 'chain', claim: 'subsidi-ppkm-300-ribu', text: 'Alhamdulillah cair!! Kemensos buka pendaftaran bantuan PPKM Rp300.000, isi formulirnya di link ini lalu bagikan ke 5 grup WA biar dapat SMS konfirmasi 👇 http://subsidi-ppkm.online/daftar' },
  { kind: 'chain', text: 'GAWAT‼ BESOK AKAN ADA RAZIA KTP BESAR-BESARAN DI SEMUA PASAR DAN TERMINAL. Yang tidak bawa langsung ditahan!!1 Info valid dari grup tetangga, viralin!!' },
  { kind: 'chain', text: 'Mohon dibaca sampai habis‼ Ada sindikat yang menyebar permen berisi narkoba ke anak SD di depan sekolah. Katanya sudah banyak korban di kota sebelah. Bantu share demi anak-anak kita!!' },
  { kind: 'chain', text: 'Copas dari grup RT: mulai bulan depan semua rekening yang saldonya di bawah 1 juta akan ditutup otomatis oleh bank. Kirim ke semua kontak biar pada tahu!!' },
  { kind: 'chain', text: 'BREAKING NEWS⁉ Obat herbal ini 100% ampuh, terbukti menyembuhkan diabetes dan darah tinggi dalam 3 hari. Dokter terkejut!! Tolong share' },
  { kind: 'chain', claim: 'telur-palsu-kertas-silikon', text: 'Ibu-ibu hati-hati!!! Sekarang banyak telur palsu di pasar, kulitnya dari kertas dan kuningnya silikon. Sebarkan ke grup keluarga ya' },
  { kind: 'chain', claim: 'surat-tilang-apk-whatsapp', text: 'Selamat siang, kami dari kepolisian menginformasikan bapak/ibu melakukan pelanggaran lalu lintas. Surat tilang dikirim lewat WhatsApp, silakan buka aplikasi Surat Tilang.apk untuk melihat pelanggarannya!!' },
  { kind: 'chain', claim: 'mati-listrik-bali-who', text: 'Pesan terusan\nMati listrik se-Bali kemarin itu bukan gangguan biasa. Itu UJI COBA KONTROL POPULASI DARI WHO, pandemi berikutnya sudah direncanakan. Media tidak memberitakan!!' },
  // ---- a claim restated with no chain wording at all ----
  { kind: 'forward', claim: 'bawang-putih-sembuhkan-corona', text: 'Resep dari dokter di Tiongkok: air rebusan bawang putih bisa menyembuhkan pasien corona dalam semalam. Ambil delapan siung, rebus dengan tujuh gelas air.' },
  { kind: 'forward', claim: 'tujuh-kontainer-surat-suara', text: 'Ada tujuh kontainer surat suara yang sudah tercoblos nomor 01 di pelabuhan Tanjung Priok, mohon KPU segera cek.' },
  { kind: 'forward', claim: 'pemerintah-rekam-telepon-pantau-wa', text: 'Mulai besok pemerintah merekam semua panggilan telepon dan memantau WhatsApp, Facebook, serta semua media sosial. Hati-hati kalau kirim pesan.' },
  { kind: 'forward', claim: 'registrasi-kartu-ibu-kandung', text: 'Untuk registrasi ulang kartu prabayar sekarang harus pakai NIK dan nama ibu kandung ya.' },
  { kind: 'forward', claim: 'megathrust-pindah-ikn', text: 'Saya curiga isu gempa megathrust di Jawa itu sengaja dibuat biar warga takut lalu pindah ke IKN yang katanya aman dari gempa.' },
  { kind: 'forward', claim: 'nasi-memantul-beras-plastik', text: 'Coba kepal nasinya lalu lempar ke lantai. Kalau memantul berarti berasnya dari plastik, seperti di video ini.' },
  { kind: 'forward', claim: 'beras-beracun-impor-china', text: 'Katanya ada 1,5 juta ton beras impor beracun dari China yang sudah disebar ke daerah-daerah untuk membunuh rakyat.' },
  { kind: 'forward', claim: 'uang-rp100-bergambar-jokowi', text: 'Bank Indonesia mau mengeluarkan uang Rp100 bergambar Pak Jokowi, gantinya pecahan seratus ribu.' },
  { kind: 'forward', claim: 'koin-emas-100-ribu-thr', text: 'BI sekarang mengedarkan koin emas senilai Rp100 ribu khusus untuk THR Lebaran tahun ini.' },
  { kind: 'forward', claim: 'retakan-laut-gempa-jawa', text: 'Lihat retakan di permukaan laut ini, tandanya sebentar lagi gempa besar mengguncang Pulau Jawa.' },
  { kind: 'forward', claim: 'kominfo-kuota-internet-gratis', text: 'Kominfo lagi bagi-bagi kuota internet gratis, daftarnya lewat link go.id yang dibagikan di grup WhatsApp.' },
  { kind: 'forward', claim: 'erick-thohir-chip-vaksin', text: 'Pak Erick Thohir sendiri yang bilang chip di vaksin covid bikin orang yang divaksin bisa dikontrol seumur hidup.' },
  { kind: 'forward', claim: 'bantuan-di-rumah-saja-1-2-juta', text: 'Dana kompensasi Rp1,2 juta dari pemerintah untuk program di rumah saja sudah dibuka, login pakai akun Facebook di bit.ly/bantuan-dirumah.' },
  { kind: 'forward', claim: 'gempa-susulan-jabodetabek-pukul-22', text: 'Menurut BMKG nanti malam pukul 22.00 akan terjadi gempa susulan 7,4 SR, warga Jabodetabek diminta waspada sampai tengah malam.' },
  { kind: 'forward', claim: 'undangan-pernikahan-apk', text: 'Assalamualaikum, ini undangan pernikahan digital kami. Silakan pasang file Undangan.apk untuk melihat foto pengantin dan lokasinya.' },
  // ---- official captions on the same topics ----
  { kind: 'official', text: 'Vaksinasi Covid-19 dosis lanjutan dibuka di seluruh puskesmas Kabupaten Sleman mulai Senin, 08.00–12.00 WIB. Bawa KTP dan kartu vaksin sebelumnya. #SlemanSehat' },
  { kind: 'official', text: 'Pemadaman listrik terencana untuk pemeliharaan jaringan PLN UP3 Yogyakarta: Rabu, 10.00–14.00 WIB, wilayah Kapanewon Depok. Mohon maaf atas ketidaknyamanannya.' },
  { kind: 'official', text: 'Penyaluran bantuan sosial tahap II melalui kantor pos kecamatan mulai 5 Maret. Cek nama penerima di cekbansos.kemensos.go.id. Pendaftaran bansos tidak dipungut biaya dan tidak melalui tautan di WhatsApp.' },
  { kind: 'official', text: 'Registrasi kartu prabayar cukup dengan NIK dan nomor KK. Lindungi data pribadi Anda dan jangan bagikan kode OTP kepada siapa pun.' },
  { kind: 'official', text: 'BMKG: gempa bumi belum dapat diprediksi waktunya. Kenali jalur evakuasi di sekitar rumah dan ikuti informasi resmi dari aplikasi InfoBMKG.' },
  { kind: 'official', text: 'Mengenal zona megathrust: BPBD mengajak warga pesisir mengikuti simulasi evakuasi tsunami pada Sabtu pagi di Pantai Parangtritis.' },
  { kind: 'official', text: 'Satgas Pangan memastikan beras SPHP yang dijual di pasar aman dikonsumsi. Warga bisa melapor ke posko pengaduan jika menemukan beras yang mencurigakan.' },
  { kind: 'official', text: 'Pemilu damai: KPU Kabupaten mendistribusikan logistik surat suara ke 17 kecamatan dengan pengawalan Polres. Masyarakat dapat memantau prosesnya di kanal resmi KPU.' },
  { kind: 'official', text: 'Tilang elektronik (ETLE) dikirim melalui PT Pos ke alamat pemilik kendaraan, tidak melalui WhatsApp. Waspada file APK yang mengatasnamakan kepolisian.' },
  { kind: 'official', text: 'Bank Indonesia meluncurkan uang rupiah tahun emisi baru. Uang emisi lama tetap berlaku sebagai alat pembayaran yang sah.' },
  { kind: 'official', text: 'Puskesmas Mlati membuka kelas ibu hamil setiap Kamis. Konsultasi gizi dan pemeriksaan kehamilan gratis bagi warga ber-KTP Sleman.' },
  { kind: 'official', text: 'Pelayanan KTP-el buka hari Sabtu! Datang sebelum pukul 12.00, bawa fotokopi KK. Informasi: Disdukcapil, WhatsApp resmi 0811 2233 4455.' },
  { kind: 'official', text: 'JADWAL POSYANDU BALITA KALURAHAN SARIHARJO\nSelasa, 08.00 WIB di balai padukuhan. Bawa buku KIA ya, Bunda!' },
  { kind: 'official', text: 'Mari sebarluaskan informasi pendaftaran sekolah rakyat ini kepada keluarga yang membutuhkan. Pendaftaran gratis di kantor kalurahan.' },
  { kind: 'official', text: 'Dinas Pertanian membagikan 5.000 bibit cabai kepada kelompok tani. Berikut flyer resmi yang kami sebarkan di seluruh kapanewon.' },
  // ---- clarifications ----
  { kind: 'clarification', claim: undefined, text: '[HOAKS] Vaksin Covid-19 dipakai untuk memasang microchip agar penduduk bisa dikontrol.\n\nFaktanya, vaksin tidak mengandung chip elektronik apa pun. Sumber: https://cekfakta.tempo.co/fakta/2916' },
  { kind: 'clarification', text: '[SALAH] Pesan berantai WhatsApp berbayar jika tidak diteruskan ke 10 kontak. WhatsApp tetap gratis. Sumber: Merdeka.com' },
  { kind: 'clarification', text: 'Tidak benar bahwa sedang musim penculikan anak dengan pelaku yang menyamar sebagai penjual dan pengemis. Polres tidak menerima laporan tersebut. Sumber: Polda Metro Jaya' },
  { kind: 'clarification', text: '[HOAKS] BMKG memperingatkan gempa susulan M 8,4 di Madura malam ini. BMKG tidak pernah mengeluarkan peringatan itu; gempa belum bisa diprediksi. Sumber: https://www.bmkg.go.id' },
  { kind: 'clarification', text: 'KLARIFIKASI: beredar kabar air rebusan bawang putih menyembuhkan corona dalam semalam. Kabar itu hoaks; belum ada bukti ilmiahnya. Sumber: Kemenkes' },
  { kind: 'clarification', text: '[DISINFORMASI] Mati listrik di Bali disebut uji coba kontrol populasi oleh WHO. Faktanya gangguan terjadi di PLTU Celukan Bawang. Sumber: PLN UID Bali' },
  { kind: 'clarification', text: 'Waspada modus penipuan! Surat tilang tidak pernah dikirim lewat WhatsApp dalam bentuk file APK. Jangan pasang aplikasi dari nomor tak dikenal. Sumber: Polres' },
  // ---- news-like text ----
  { kind: 'news', text: 'Gempa M4,8 mengguncang Sumenep, Madura. BMKG mencatat 12 gempa susulan, yang terakhir pada Senin pukul 01.27 WIB. "Tidak ada kerusakan berarti," katanya kepada wartawan.' },
  { kind: 'news', text: 'Kepala BPBD memastikan tidak ada konspirasi di balik pemadaman kemarin. "Gangguan terjadi karena petir menyambar gardu," ujar dia di Yogyakarta, Selasa (13/5/2025).' },
  { kind: 'news', text: 'Banjir melanda tiga kalurahan sejak pukul 03.00 dini hari. Sebanyak 120 warga telah dievakuasi ke balai desa, kata Lurah Sariharjo.' },
  { kind: 'news', text: 'Menurut Kapolsek, pesan berantai soal penculikan anak yang beredar sejak 2018 itu tidak benar. Polisi mengimbau warga menyaring informasi sebelum membagikannya.' },
  { kind: 'news', text: 'Harga beras medium di Pasar Beringharjo turun Rp500 per kilogram pekan ini. Pedagang menyebut pasokan dari Klaten kembali lancar.' },
  { kind: 'news', text: 'Erupsi Merapi tercatat pukul 16.20 WIB dengan tinggi kolom abu 500 meter. Status masih Siaga (Level III) dan warga diminta menjauhi radius bahaya.' },
  { kind: 'news', text: 'Bupati meresmikan jembatan gantung di Kalurahan Sendangagung. "Jembatan ini memangkas waktu tempuh anak sekolah," katanya.' },
];
