import { ruleTable } from '../testing';
import { personalChild } from './personal-child';

const warn = (match: string) => ({ match, severity: 'warning' as const });

ruleTable(personalChild, {
  valid: [
    'Siswa kelas 5 SDN 2 Wates mengikuti lomba cerdas cermat.',
    { text: 'Selamat kepada Aisyah atas prestasinya.', name: 'a name with no school or class' },
    { text: 'Kelas inspirasi di SMPN 1 Sleman', name: 'a school and class with no name' },
  ],
  invalid: [
    { text: 'Selamat kepada Ananda Aisyah Putri, kelas 5 SDN 2 Wates, juara lomba.', findings: [warn('Aisyah Putri')] },
    { text: 'Rizky Pratama, siswa kelas VIII SMPN 1 Depok, hilang sejak kemarin.', findings: [warn('Rizky Pratama')] },
    { text: 'Siswi bernama Nadia dari kelas 2 MI Al Huda', findings: [warn('Nadia')] },
  ],
});
