import { ruleTable } from '../testing';
import { electionNeutrality } from './election-neutrality';

ruleTable(electionNeutrality, {
  valid: [
    'Ayo datang ke TPS pada 27 November dan gunakan hak pilih Anda!',
    'KPU menetapkan nomor urut paslon pada rapat pleno terbuka.',
    'Debat calon bupati disiarkan langsung malam ini.',
    'Pilih menu sehat. Partai besar kemarin... bukan topik.',
  ],
  invalid: [
    { text: 'Jangan lupa coblos nomor 2 ya', findings: [{ match: 'coblos nomor', severity: 'warning' }] },
    { text: 'Foto bersama, salam dua jari!', findings: [{ match: 'salam dua jari', severity: 'warning' }] },
    { text: 'Mari dukung capres pilihan kita', findings: [{ match: 'dukung capres', severity: 'warning' }] },
    { text: 'Ayo menangkan pasangan calon kita', findings: [{ match: 'menangkan pasangan calon', severity: 'warning' }] },
    {
      text: 'Bersama Pak Budi Lanjutkan',
      ctx: { settings: { rules: { 'election-neutrality': { phrases: ['Budi Lanjutkan'] } } } },
      findings: [{ match: 'Budi Lanjutkan', severity: 'warning' }],
    },
    { text: 'Semangat! #2024GantiPresiden', findings: [{ match: '#2024GantiPresiden', severity: 'warning' }] },
  ],
});
