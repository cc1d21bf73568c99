import { ruleTable } from '../testing';
import { spellingPreposition } from './spelling-preposition';

const apart = (match: string, right: string) => ({ match, severity: 'warning' as const, suggestions: [right], safe: true as const });
const joined = (match: string, right: string) => ({ match, severity: 'warning' as const, suggestions: [right] });

ruleTable(spellingPreposition, {
  valid: [
    'Rapat dilaksanakan di balai desa dan peserta diminta datang ke kantor kecamatan.',
    'Warga keluar rumah dan kemari; surat ditujukan kepada camat, di atas meja, di dalam gedung, di tengah kota.',
    { text: 'Pelatihan di tingkat desa, di samping pasar, di dekat sekolah, di balik layar', name: 'places whose verb form exists (meningkat, menyamping)' },
    { text: 'Kegiatan di Sleman dan ke Jakarta', name: 'capitalised places' },
    { text: 'Tetap dirumah dan kesana', name: 'forms the spelling list has are left to it' },
    { text: 'Ditulis dan dirumahkan, diatasi, dijalankan', name: 'passive verbs built on place words' },
    { text: 'Tagar #dirumahaja dan https://dinas.go.id/dirumah', name: 'hashtags and URLs' },
  ],
  invalid: [
    { text: 'Tetap didesa dan belajar disekolah', findings: [apart('didesa', 'di desa'), apart('disekolah', 'di sekolah')] },
    { text: 'Kita berangkat kepasar lalu kebalai desa', findings: [apart('kepasar', 'ke pasar'), apart('kebalai', 'ke balai')] },

    { text: 'Berkas dilokasi dan ditengah jalan', findings: [apart('dilokasi', 'di lokasi'), apart('ditengah', 'di tengah')] },
    { text: 'Pameran diJakarta', name: 'a name glued to di', findings: [apart('diJakarta', 'di Jakarta')] },
    { text: 'Surat di tulis oleh sekretaris', findings: [joined('di tulis', 'ditulis')] },
    { text: 'Bantuan akan di berikan dan di sampaikan', findings: [joined('di berikan', 'diberikan'), joined('di sampaikan', 'disampaikan')] },
  ],
});
