import { ruleTable } from '../testing';
import { firstLineFold } from './first-line-fold';

const long = 'Pelayanan KTP elektronik dibuka kembali mulai Senin di seluruh kecamatan, dengan jam layanan pukul 08.00 sampai 15.00 WIB setiap hari kerja.';

ruleTable(firstLineFold, {
  valid: [
    'Pelayanan KTP dibuka kembali.\n' + 'Rincian '.repeat(40),
    { text: long, ctx: { platform: 'tiktok' }, name: 'TikTok has no fixed cut' },
    { text: long, ctx: { platform: 'facebook' }, name: 'Facebook cuts later' },
  ],
  invalid: [
    { text: long, findings: [{ match: long.slice(125), start: 125, severity: 'info' }] },
    { text: `${long}\nBaris dua`, findings: [{ match: long.slice(125), start: 125, severity: 'info' }] },
  ],
});
