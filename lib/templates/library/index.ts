import type { Template } from '../types';
export { BUILTIN_REPLY_TEMPLATES } from './balasan';
import { agendaPimpinan, capaianProgram, laporanKegiatan, ucapanPrestasi } from './laporan';
import { gangguanLayanan, jamLayanan, layananKeliling, pendaftaran, pengumumanLayanan } from './layanan';
import { imbauanBencana, imbauanKeamanan, imbauanKesehatan, sosialisasiProgram } from './imbauan';
import { infoDaruratBencana, klarifikasiHoaks, ralatInformasi } from './darurat';
import { turutBerduka, ucapanHariNasional, ucapanHariRaya } from './ucapan';
import { kanalPengaduan, partisipasiPublik, undanganAcara } from './partisipasi';

/** The templates of the default pack, in the order the picker lists them. */
export const BUILTIN_TEMPLATES: Template[] = [
  laporanKegiatan,
  agendaPimpinan,
  pengumumanLayanan,
  jamLayanan,
  gangguanLayanan,
  layananKeliling,
  imbauanKesehatan,
  imbauanBencana,
  imbauanKeamanan,
  sosialisasiProgram,
  klarifikasiHoaks,
  ralatInformasi,
  infoDaruratBencana,
  ucapanHariNasional,
  ucapanHariRaya,
  turutBerduka,
  capaianProgram,
  ucapanPrestasi,
  kanalPengaduan,
  partisipasiPublik,
  pendaftaran,
  undanganAcara,
];
