import { ruleTable } from '../testing';
import { spellingCapital } from './spelling-capital';

const fix = (match: string, right: string) => ({ match, severity: 'warning' as const, suggestions: [right], safe: true as const });

ruleTable(spellingCapital, {
  valid: [
    'Rapat pada Senin, 12 Januari 2026; libur Idulfitri dan Natal; hari Minggu.',
    { text: 'Dua minggu lagi, setiap minggu sekali', name: '"minggu" as a week' },
    { text: '#senin #agustus https://x.go.id/januari', name: 'hashtags and URLs' },
  ],
  invalid: [
    { text: 'Rapat pada senin, 12 januari', findings: [fix('senin', 'Senin'), fix('januari', 'Januari')] },
    { text: 'Libur hari minggu dan jumat', findings: [fix('minggu', 'Minggu'), fix('jumat', 'Jumat')] },
    { text: 'Pekan ini minggu, 5 Mei', name: '"minggu" before a date', findings: [fix('minggu', 'Minggu')] },
    { text: 'Selamat idulfitri, 17 agustus', findings: [fix('idulfitri', 'Idulfitri'), fix('agustus', 'Agustus')] },
  ],
});
