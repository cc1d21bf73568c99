import { ruleTable, testProfile } from '../testing';
import { personalPhone } from './personal-phone';

const profile = testProfile({ contacts: [{ kind: 'whatsapp', value: '+62 811-2233-4455' }] });

ruleTable(personalPhone, {
  valid: [
    'Darurat? Hubungi 112. Call center 1500-117 atau 14045.',
    'Kantor: (0274) 868800',
    { text: 'WA resmi 0811 2233 4455 atau 62811-2233-4455', ctx: { profile }, name: 'declared official number in two spellings' },
    { text: 'NIK 3404121205950001', name: 'a NIK is not a phone number' },
    { text: 'Rp 8.000.000', name: 'money' },
  ],
  invalid: [
    { text: 'Hubungi Pak Budi 081234567890', findings: [{ match: '081234567890', severity: 'warning', suggestions: ['0812*****890'] }] },
    { text: 'WA: +62 812-3456-7890.', findings: [{ match: '+62 812-3456-7890', severity: 'warning', suggestions: ['+62 81*-****-*890'] }] },
    { text: 'Hubungi 081234567890 15 menit sebelumnya', findings: [{ match: '081234567890', severity: 'warning', suggestions: ['0812*****890'] }] },
    { text: 'https://wa.me/6281234567890', findings: [{ match: '6281234567890', severity: 'warning', suggestions: ['6281******890'] }] },
  ],
});
