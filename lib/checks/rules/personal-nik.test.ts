import { ruleTable } from '../testing';
import { personalNik } from './personal-nik';

ruleTable(personalNik, {
  valid: [
    { text: 'No. transaksi 1234567890123456', name: 'day 78 is no date' },
    { text: 'ID 0000123456789012', name: 'province 00' },
    { text: 'Kode 3404001201900001', name: 'district 00' },
    { text: 'Nomor 3404123002950001', name: 'February 30' },
    { text: 'Nomor 3404121205950000', name: 'serial 0000' },
    { text: 'Kartu 34041212059500011', name: '17 digits' },
    { text: 'Seri 1.3404121205950001', name: 'the tail of a longer dotted number' },
    { text: 'Pesanan 9901011212900001', name: 'province 99 does not exist' },
    { text: 'Hubungi 112 atau 0274 868 800', name: 'short numbers' },
    { text: 'Lihat https://www.facebook.com/permalink.php?story_fbid=3404121205950001&id=100064', name: 'a plausible 16-digit id inside a URL' },
    { text: 'Video facebook.com/watch/?v=1234567890123456 dan fb.com/3404121205950001', name: 'ids inside bare links' },
    { text: 'NIK bisa dicek di https://x.go.id/cek?nik=1234567890123456', name: 'a labelled-looking number inside a URL' },
  ],
  invalid: [
    {
      text: 'NIK 3404121205950001 atas nama Budi',
      findings: [{ match: '3404121205950001', severity: 'error', suggestions: ['3404************'] }],
    },
    {
      text: 'NIK: 3404 1252 0595 0001 (perempuan)',
      findings: [{ match: '3404 1252 0595 0001', severity: 'error', suggestions: ['3404 **** **** ****'] }],
    },
    {
      text: 'No KK 34.04.12.010120.0003',
      findings: [{ match: '34.04.12.010120.0003', severity: 'error', suggestions: ['34.04.**.******.****'] }],
    },
    {
      text: 'NIK.3404121205950001 2 orang',
      name: 'a dot before and a number after',
      findings: [{ match: '3404121205950001', severity: 'error', suggestions: ['3404************'] }],
    },
    {
      text: 'NIK 1234567890123456 atas nama Budi',
      name: 'a labelled NIK whatever its date part',
      findings: [{ match: '1234567890123456', severity: 'error', suggestions: ['1234************'] }],
    },
    {
      text: 'No. KK: 3404129999990000',
      name: 'a labelled KK number with no plausible structure',
      findings: [{ match: '3404129999990000', severity: 'error', suggestions: ['3404************'] }],
    },
    {
      text: 'nomor induk kependudukan 0000 1111 2222 3333 dan no. KTP 9999888877776666',
      findings: [
        { match: '0000 1111 2222 3333', severity: 'error', suggestions: ['0000 **** **** ****'] },
        { match: '9999888877776666', severity: 'error', suggestions: ['9999************'] },
      ],
    },
    {
      text: 'Papua Pegunungan: 9501011212900001',
      findings: [{ match: '9501011212900001', severity: 'error', suggestions: ['9501************'] }],
    },
  ],
});
