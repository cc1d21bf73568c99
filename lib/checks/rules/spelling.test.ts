import { ruleTable, testProfile } from '../testing';
import { spelling } from './spelling';

const warn = (match: string, fix: string, start?: number) => ({
  match,
  severity: 'warning' as const,
  suggestions: [fix],
  safe: true as const,
  ...(start === undefined ? {} : { start }),
});

ruleTable(spelling, {
  valid: [
    'Pengurusan izin usaha kini daring. Silakan ajukan di mal pelayanan publik.',
    'Imbauan: tetap waspada, risiko banjir meningkat.',
    { text: 'Ikuti #IjinUsahaMudah dan #himbauan', name: 'inside hashtags' },
    { text: 'Tanya @ijin_online atau @himbauan', name: 'inside mentions' },
    { text: 'Daftar di https://sleman.go.id/ijin-usaha dan praktek.sleman.go.id', name: 'inside URLs' },
    { text: 'Kirim ke ijin@sleman.go.id', name: 'inside e-mail addresses' },
    { text: 'Selamat kepada Ramadhan Pratama', ctx: { profile: testProfile({ allowedWords: ['Ramadhan'] }) }, name: 'allowed by the profile' },
    { text: 'Nasehat ibu', ctx: { allowedWords: ['nasehat'] }, name: 'allowed in the context' },
    { text: 'sanksi bagi pelanggar; saya sangsi', name: 'ambiguous words are not in the list' },
    { text: 'Kerja sama dan terima kasih', name: 'correct two-word forms' },
    { text: 'Ijinkan', name: 'derived forms not in the list are left alone' },
  ],
  invalid: [
    { text: 'Ijin keramaian', findings: [warn('Ijin', 'Izin')] },
    { text: 'PENGURUSAN IJIN', findings: [warn('IJIN', 'IZIN')] },
    { text: 'Mohon maaf, silahkan antri.', findings: [warn('silahkan', 'silakan'), warn('antri', 'antre')] },
    { text: "Salat Jum'at dan Jum’at", findings: [warn("Jum'at", 'Jumat'), warn('Jum’at', 'Jumat')] },
    { text: 'Idul  Fitri', name: 'blanks between the two words', findings: [warn('Idul  Fitri', 'Idulfitri')] },
    { text: 'Selamat Hari Raya Idul Fitri', findings: [warn('Idul Fitri', 'Idulfitri')] },
    { text: 'Terimakasih warga', findings: [warn('Terimakasih', 'Terima kasih')] },
    { text: 'praktek-praktek baik', findings: [warn('praktek', 'praktik'), warn('praktek', 'praktik', 8)] },
    { text: 'Dimana lokasinya?', findings: [warn('Dimana', 'Di mana')] },
    { text: 'Rapat dengan walikota', findings: [warn('walikota', 'wali kota')] },
    {
      text: 'Marhaban ya Ramadhan',
      name: 'a word that may be a name is not fixed blindly',
      findings: [{ match: 'Ramadhan', severity: 'warning', suggestions: ['Ramadan'] }],
    },
    { text: 'i\u0301jin ijin', name: 'a combining mark makes another word', findings: [warn('ijin', 'izin', 6)] },
  ],
});
