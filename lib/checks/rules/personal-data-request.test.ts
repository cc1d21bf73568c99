import { ruleTable, testProfile } from '../testing';
import { personalDataRequest } from './personal-data-request';

const DM = 'Mohon kirimkan data Anda melalui pesan langsung (DM), bukan di kolom komentar, agar data pribadi Anda tetap aman.';
const withWhatsapp = testProfile({ contacts: [{ kind: 'whatsapp', value: '0811 2345 6789' }] });

ruleTable(personalDataRequest, {
  valid: [
    'Terima kasih atas laporannya, segera kami tindak lanjuti.',
    { text: 'Mohon kirimkan NIK Anda melalui pesan langsung (DM).', name: 'asks in a direct message' },
    { text: 'Silakan kirim nomor KK ke WhatsApp resmi kami.', name: 'an official private channel' },
    { text: 'Kirim data diri lewat formulir di laman resmi.', name: 'a form' },
    { text: 'Jangan tulis NIK di kolom komentar, ya.', name: 'the warning itself' },
    { text: 'Jangan menuliskan data pribadi di kolom komentar.', name: 'the library footer' },
    { text: 'Pendaftaran membawa KTP asli ke kantor desa.', name: 'bring your KTP (no request to write it)' },
    { text: 'Warga dapat memperbarui alamat lengkap di Disdukcapil.', name: 'no request verb' },
  ],
  invalid: [
    {
      text: 'Silakan kirim NIK dan alamat lengkap di kolom komentar ya.',
      findings: [{ match: 'Silakan kirim NIK dan alamat lengkap di kolom komentar ya.', severity: 'error', suggestions: [DM] }],
    },
    {
      text: 'Baik, Kak. Sebutkan alamat lengkap Anda',
      name: 'only the sentence that asks',
      findings: [{ match: 'Sebutkan alamat lengkap Anda', severity: 'error', suggestions: [DM] }],
    },
    {
      text: 'Tulis nomor WA di sini, nanti kami hubungi.',
      name: '"nomor WA" is the data, not a channel',
      findings: [{ match: 'Tulis nomor WA di sini, nanti kami hubungi.', severity: 'error', suggestions: [DM] }],
    },
    {
      text: 'Kirim foto KTP di komentar atau DM.',
      name: 'a public place named wins over a private one',
      findings: [{ match: 'Kirim foto KTP di komentar atau DM.', severity: 'error', suggestions: [DM] }],
    },
    {
      text: 'Mohon cantumkan NIK.',
      ctx: { profile: withWhatsapp },
      name: "the fix offers the profile's WhatsApp",
      findings: [
        {
          match: 'Mohon cantumkan NIK.',
          severity: 'error',
          suggestions: ['Mohon kirimkan data Anda melalui pesan langsung (DM) atau WhatsApp resmi 0811 2345 6789, bukan di kolom komentar, agar data pribadi Anda tetap aman.'],
        },
      ],
    },
  ],
});
