/**
 * The press release of the length exercise, pasted whole as new admins often do. Kept in its own
 * file because it is long on purpose (over Instagram's 2,200 characters).
 */
export const LONG_RELEASE = [
  'Rapat Koordinasi Percepatan Penurunan Stunting Kabupaten Sukamaju Tahun 2025',
  'Sukamaju – Pemerintah Kabupaten Sukamaju menggelar Rapat Koordinasi Percepatan Penurunan Stunting di Aula Sekretariat Daerah pada Selasa pagi. Rapat dipimpin langsung oleh Sekretaris Daerah dan dihadiri oleh kepala perangkat daerah, camat se-Kabupaten Sukamaju, kepala puskesmas, para kepala desa, ketua Tim Penggerak PKK, serta mitra dari perguruan tinggi dan organisasi kemasyarakatan.',
  'Dalam sambutannya, Sekretaris Daerah menyampaikan bahwa angka prevalensi stunting di Kabupaten Sukamaju terus menurun dalam tiga tahun terakhir. Berdasarkan data Survei Kesehatan Indonesia, prevalensi stunting turun dari 24,1 persen pada 2022 menjadi 19,8 persen pada 2024. Capaian ini merupakan hasil kerja bersama seluruh pihak, mulai dari tingkat kabupaten hingga kader posyandu di desa.',
  'Meski demikian, target nasional sebesar 14 persen masih harus dikejar. Untuk itu, Pemerintah Kabupaten Sukamaju menetapkan lima langkah prioritas pada tahun 2025, yaitu pendataan keluarga berisiko stunting secara menyeluruh, pendampingan ibu hamil dan ibu menyusui oleh Tim Pendamping Keluarga, pemberian makanan tambahan berbahan pangan lokal, perbaikan sanitasi dan akses air bersih di desa lokus, serta penguatan edukasi gizi melalui posyandu dan sekolah.',
  'Kepala Dinas Kesehatan menjelaskan bahwa seluruh puskesmas telah dilengkapi alat ukur antropometri yang terstandar sehingga hasil penimbangan dan pengukuran balita di posyandu semakin akurat. Data hasil pengukuran dimasukkan ke aplikasi elektronik pencatatan dan pelaporan gizi berbasis masyarakat setiap bulan sehingga intervensi dapat diberikan tepat sasaran.',
  'Sementara itu, Kepala Dinas Pemberdayaan Masyarakat dan Desa mengingatkan para kepala desa agar mengalokasikan dana desa untuk kegiatan pencegahan stunting, antara lain pemberian makanan tambahan, insentif kader, dan pembangunan jamban sehat. Pemerintah desa juga diminta melaporkan penggunaan anggaran tersebut secara terbuka kepada masyarakat.',
  'Rapat ditutup dengan penandatanganan komitmen bersama oleh seluruh camat dan kepala desa untuk mendukung percepatan penurunan stunting. Sekretaris Daerah berharap komitmen ini tidak berhenti di atas kertas, tetapi diwujudkan dalam kegiatan nyata di setiap desa sehingga seluruh anak di Kabupaten Sukamaju dapat tumbuh sehat, cerdas, dan berdaya saing.',
  'Masyarakat yang ingin mengetahui status gizi anaknya dapat datang ke posyandu terdekat setiap bulan atau berkonsultasi dengan petugas gizi di puskesmas pada hari dan jam kerja. Layanan penimbangan, pengukuran, dan konsultasi gizi di posyandu dan puskesmas tidak dipungut biaya.',
  '#SukamajuMaju #InfoSukamaju #CegahStunting',
].join('\n\n');
