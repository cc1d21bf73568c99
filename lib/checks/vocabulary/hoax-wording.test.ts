/**
 * One table per hoax sign, on sentences written the way real chain messages and real news are:
 * `invalid` must give that sign on exactly the text listed, `valid` must not give it at all.
 */
import { describe, expect, it } from 'vitest';
import { makeContext } from '../defaults';
import { findSigns, type SignKind } from './hoax';
import { scoreSeverity } from '../deep/hoax-signs';
import { createScan } from '../scan/scan';

function signs(text: string) {
  const ctx = makeContext();
  return findSigns({ text, ctx, scan: createScan(text), limits: ctx.settings.limits.instagram, setting: undefined, allowed: new Set() });
}

function kindTable(kind: SignKind, table: { valid: string[]; invalid: Array<[string, string[]]> }) {
  describe(`sign "${kind}"`, () => {
    it.each(table.valid)('not in: %s', (text) => {
      expect(signs(text).filter((s) => s.kind === kind).map((s) => text.slice(s.start, s.end))).toEqual([]);
    });
    it.each(table.invalid)('in: %s', (text, matches) => {
      expect(signs(text).filter((s) => s.kind === kind).map((s) => text.slice(s.start, s.end))).toEqual(matches);
    });
  });
}

kindTable('pressure', {
  valid: [
    'Pelayanan KTP-el buka hari Sabtu! Datang sebelum pukul 12.00.',
    'Selamat Hari Jadi Kabupaten Sleman ke-109!',
    'JADWAL PELAYANAN KTP-EL KECAMATAN DEPOK\nSenin–Jumat pukul 08.00–15.00 WIB.',
    'Apa kabar, Sobat? Yuk ikut vaksinasi!',
    'Pemenang lomba: Juara 1 Desa Wonokerto, Juara 2 Desa Girikerto.',
    'Skor akhir 2-1 untuk PSS Sleman!',
  ],
  invalid: [
    ['GAWAT‼ Air PDAM tercemar', ['GAWAT', '‼']],
    ['Serius ini!!1 jangan sampai anakmu jadi korban', ['!!1']],
    ['Benarkah⁉ Pemerintah akan menarik uang lama', ['⁉']],
    ['Hati-hati!!! Ada penculik anak di pasar', ['!!!']],
    ['GILA TERNYATA BARESKRIM MABES POLRI SUDAH TAHU SEMUA INI', ['GILA TERNYATA BARESKRIM MABES POLRI SUDAH TAHU SEMUA INI']],
    ['Info penting. MOHON JANGAN ANGGAP REMEH PESAN INI KARENA MENYANGKUT NYAWA ANAK KITA.', ['MOHON JANGAN ANGGAP REMEH PESAN INI KARENA MENYANGKUT NYAWA ANAK KITA']],
  ],
});

kindTable('spread', {
  valid: [
    'Berikut flyer resmi yang kami sebarkan ke seluruh kecamatan.',
    'Informasi ini telah kami sebarluaskan melalui kanal resmi Pemkab.',
    'Brosur sudah disebarkan ke 17 kecamatan.',
    'Tim kami sebarkan 500 bibit pohon di lereng Merapi.',
    'Bagikan pengalamanmu di kolom komentar, ya.',
  ],
  invalid: [
    ['Viralin biar pemerintah tau!!', ['Viralin']],
    ['sebarin ke grup keluarga ya gaes', ['sebarin']],
    ['Bantu share, ini penting buat anak-anak kita', ['Bantu share']],
    ['Share sebanyak-banyaknya sebelum dihapus', ['Share sebanyak-banyaknya', 'sebelum dihapus']],
    ['Tolong kirim ke semua grup yang bapak ibu punya', ['kirim ke semua grup']],
    ['Sebarkan!', ['Sebarkan']],
  ],
});

kindTable('no-source', {
  valid: [
    '"Stok beras aman sampai Lebaran," katanya kepada wartawan di Pasar Beringharjo.',
    'Kepala BPBD Budi Santoso katanya akan meninjau lokasi, ujar staf kecamatan.',
    '"Tidak ada penculikan," ujar Kapolsek, Senin (30/1/2023).',
    'Kata Kepala Dinas Kesehatan, vaksinasi dilanjutkan pekan depan.',
    'Data sumber terbuka tersedia di portal Satu Data.',
  ],
  invalid: [
    ['Katanya besok semua jalan ke Malioboro ditutup.', ['Katanya']],
    ['Info A1 dari orang dalam: bansos cair minggu depan', ['Info A1', 'dari orang dalam']],
    ['Dapat dari grup sebelah, tolong dicek', ['dari grup sebelah']],
    ['*Pesan terusan* Mulai besok WA dipantau', ['Pesan terusan']],
    ['Copas dari grup RT, katanya valid', ['Copas dari grup', 'katanya']],
    ['Ini bukan hoaks, sudah dikonfirmasi teman polisi', ['Ini bukan hoaks']],
  ],
});

kindTable('conspiracy', {
  valid: [
    'Tidak ada konspirasi di balik pemadaman listrik kemarin, kata PLN.',
    'Ini bukan konspirasi; gangguan terjadi karena petir.',
    'Narasi teori konspirasi soal vaksin sudah dibantah Kemenkes.',
  ],
  invalid: [
    ['Ini konspirasi elite global untuk mengurangi penduduk', ['konspirasi', 'elite global']],
    ['Media tidak memberitakan karena ditutupi pemerintah', ['Media tidak memberitakan', 'ditutupi pemerintah']],
  ],
});

kindTable('miracle', {
  valid: [
    'Air rebusan bawang putih tidak terbukti menyembuhkan Covid-19.',
    'Tidak ada obat ajaib untuk diabetes; kontrol gula darah secara rutin.',
  ],
  invalid: [
    ['Rebusan daun sirsak 100% ampuh, terbukti menyembuhkan kanker', ['100% ampuh', 'terbukti menyembuhkan']],
    ['Dokter terkejut! Ramuan ajaib ini bikin sembuh total', ['Dokter terkejut', 'Ramuan ajaib', 'sembuh total']],
  ],
});

kindTable('disaster-time', {
  valid: [
    'BMKG mencatat 12 gempa susulan, yang terakhir pada Senin pukul 01.27 WIB.',
    'Gempa M5,2 mengguncang Bantul tadi pukul 10.15 WIB. Tidak berpotensi tsunami.',
    'Banjir melanda tiga desa sejak pukul 03.00 dini hari; warga sudah dievakuasi.',
  ],
  invalid: [
    ['Akan ada gempa susulan pukul 23.00 malam ini, segera mengungsi', ['gempa susulan pukul 23.00']],
    ['Tsunami diprediksi akan datang besok pukul 02.00!!', ['Tsunami diprediksi akan datang besok pukul 02.00']],
  ],
});

kindTable('free-money', {
  valid: ['Penyaluran BLT Dana Desa tahap II di balai desa, Senin pukul 09.00.'],
  invalid: [['Bansos cair Rp600.000, daftar lewat link di bawah', ['Bansos cair', 'daftar lewat link']]],
});

describe('the wording signs together', () => {
  it('a chain message written like the real ones is an error', () => {
    const text = '*Pesan terusan*\nGAWAT‼ INFO A1 DARI ORANG DALAM: BESOK ADA RAZIA KTP DI SEMUA PASAR!!1 Viralin sebelum dihapus!!';
    expect(scoreSeverity(signs(text))).toBe('error');
  });

  it('news with quotes, reporting verbs and a past earthquake gives nothing', () => {
    const text =
      'Gempa M4,8 mengguncang Sumenep, yang terakhir pada Senin pukul 01.27 WIB. "Tidak ada kerusakan berarti," katanya kepada wartawan. ' +
      'Kepala BPBD menegaskan tidak ada konspirasi di balik informasi yang beredar, ujar dia. Berikut flyer resmi yang kami sebarkan.';
    expect(signs(text)).toEqual([]);
  });
});
