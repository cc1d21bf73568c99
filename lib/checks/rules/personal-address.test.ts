import { ruleTable, testProfile } from '../testing';
import { personalAddress } from './personal-address';

const warn = (match: string) => ({ match, severity: 'warning' as const });

ruleTable(personalAddress, {
  valid: [
    'Pelayanan di Kantor Kecamatan, Jl. Magelang No. 12, Sleman, pukul 08.00 WIB.',
    { text: 'Penerima bantuan dari Dusun Krajan dan RT 02/RW 03 diminta hadir di balai desa.', name: 'an RT/RW with no name' },
    { text: 'Bapak Bupati meninjau Puskesmas Jl. Kaliurang No. 5', name: "an office's address after a title" },
    { text: 'Terima kasih, Bapak Budi. Silakan menghubungi kantor di Jalan Merdeka Nomor 10.', name: 'an office named in lower case in a reply' },
    {
      text: 'Sekretariat: Jl. Merdeka No. 1',
      ctx: { profile: testProfile({ contacts: [{ kind: 'address', value: 'Jl. Merdeka No. 1, Sleman' }] }) },
      name: 'the official address of the profile',
    },
  ],
  invalid: [
    { text: 'Bantuan diserahkan kepada Ibu Sumiyati, Jl. Kenanga No. 14 RT 03/RW 05', findings: [warn('Jl. Kenanga No. 14'), warn('RT 03/RW 05')] },
    { text: 'Penerima:\n1. Sutrisno, RT 02/RW 01 Dusun Krajan\n2. Painem, RT 04/RW 02', name: 'a list of recipients', findings: [warn('RT 02/RW 01'), warn('RT 04/RW 02')] },
    { text: 'a.n. Budi Santoso, Gg. Mawar No. 3', findings: [warn('Gg. Mawar No. 3')] },
  ],
});
