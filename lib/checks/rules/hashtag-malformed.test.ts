import { ruleTable } from '../testing';
import { hashtagMalformed } from './hashtag-malformed';

ruleTable(hashtagMalformed, {
  valid: [
    '#HariPahlawan #Sleman_Sembada #HUT78RI',
    'Akhir kalimat #Sleman. Kalimat baru.',
    '#Sleman, #Jogja!',
    'Cek https://sleman.go.id/#berita-terbaru',
    'Rp50.000 per #orang',
    '#Sleman\n#Jogja',
    'Nomor antrean: #, lalu spasi',
    'Langkah # 1: daftar',
  ],
  invalid: [
    {
      text: 'Selamat #Hari-Pahlawan 2024',
      findings: [{ match: '#Hari-Pahlawan', severity: 'warning', suggestions: ['#HariPahlawan'] }],
    },
    {
      text: "Salat #Jum'at berjamaah",
      findings: [{ match: "#Jum'at", severity: 'warning', suggestions: ['#Jumat'] }],
    },
    { text: 'Dirgahayu #2024', findings: [{ match: '#2024', severity: 'warning' }] },
    {
      text: 'Ikuti # Sleman',
      findings: [{ match: '# ', severity: 'warning', suggestions: ['#'], safe: true }],
    },
  ],
});
