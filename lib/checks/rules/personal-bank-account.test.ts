import { ruleTable } from '../testing';
import { personalBankAccount } from './personal-bank-account';

const warn = (match: string) => ({ match, severity: 'warning' as const });

ruleTable(personalBankAccount, {
  valid: [
    'Donasi melalui rekening BAZNAS Kabupaten Sleman, BSI 7123456789.',
    { text: 'Pembayaran ke No. Rek. Kas Daerah 0012345678 a.n. RKUD Pemkab Sleman', name: "the regency's own account" },
    { text: 'Buka rekening di bank terdekat', name: 'the word with no number' },
    { text: 'Nomor 1234567890', name: 'a number without the label' },
  ],
  invalid: [
    { text: 'Transfer ke no. rek BRI 0123456789012 a.n. Sutrisno', findings: [warn('0123456789012')] },
    { text: 'Rekening: 1234-5678-9012', findings: [warn('1234-5678-9012')] },
    { text: 'Norek Mandiri 1370012345678 (Ibu Painem)', findings: [warn('1370012345678')] },
  ],
});
