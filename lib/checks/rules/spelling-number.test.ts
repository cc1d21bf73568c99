import { ruleTable } from '../testing';
import { spellingNumber } from './spelling-number';

const fix = (match: string, right: string, start?: number) => ({ match, severity: 'warning' as const, suggestions: [right], safe: true as const, ...(start === undefined ? {} : { start }) });

ruleTable(spellingNumber, {
  valid: [
    'Bantuan Rp5.000.000 per keluarga untuk 1.500 warga, pukul 08.00 WIB, tahun 2026.',
    { text: 'Skor 2:1 dan rasio 3:4; Perda 12/2024; halaman 1305; NIP 199001012020121001', name: 'no amount, no time' },
    { text: 'Pada tahun 2024 dan 2025 sebanyak 300 orang', name: 'years and numbers below a thousand' },
  ],
  invalid: [
    { text: 'Iuran Rp 5.000', findings: [fix('Rp ', 'Rp')] },
    { text: 'Iuran Rp. 10.000 dan Rp.2.000', findings: [fix('Rp. ', 'Rp'), fix('Rp.', 'Rp', 21)] },
    { text: 'Mulai 08:00 WIB sampai 12:30 WITA', findings: [fix('08:00', '08.00'), fix('12:30', '12.30')] },
    { text: 'Dimulai pukul 9:15', findings: [fix('9:15', '9.15')] },
    { text: 'Dana Rp1500000 dan Rp2,500,000', findings: [fix('1500000', '1.500.000'), fix('2,500,000', '2.500.000')] },
    { text: 'Sebanyak 12500 warga dan 1,200 peserta', findings: [fix('12500', '12.500'), fix('1,200', '1.200')] },
  ],
});
