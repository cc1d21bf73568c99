import { ruleTable, testProfile } from '../testing';
import { spellingChat } from './spelling-chat';

const fix = (match: string, right: string, start?: number) => ({ match, severity: 'warning' as const, suggestions: [right], safe: true as const, ...(start === undefined ? {} : { start }) });

ruleTable(spellingChat, {
  valid: [
    'Bantuan diberikan kepada warga yang terdampak, dll. Hubungi a.n. Kepala Desa di Jl. Merdeka No. 5, RT 02/RW 03, pukul 08.00 WIB.',
    { text: 'Lihat dsb. dan dst. serta tgl. 12 dan hlm. 4', name: 'standard abbreviations with their dot' },
    { text: 'Ikuti #yg_muda dan @tdk_resmi di https://desa.id/yg', name: 'hashtags, handles and URLs' },
    { text: 'Program TP PKK dan SM 3T', name: 'acronyms in capitals' },
    { text: 'Menurut sy', ctx: { profile: testProfile({ allowedWords: ['sy'] }) }, name: 'allowed by the profile' },
  ],
  invalid: [
    { text: 'Warga yg tdk hadir', findings: [fix('yg', 'yang'), fix('tdk', 'tidak')] },
    { text: 'Utk info lbh lanjut hubungi kmi', findings: [fix('Utk', 'Untuk'), fix('lbh', 'lebih'), fix('kmi', 'kami')] },
    { text: 'sdh blm? gak bs, krn hujan', findings: [fix('sdh', 'sudah'), fix('blm', 'belum'), fix('gak', 'tidak'), fix('bs', 'bisa'), fix('krn', 'karena')] },
    { text: 'Makan dgn sayur jg ga apa2 tp sy', findings: [fix('dgn', 'dengan'), fix('jg', 'juga'), fix('ga', 'tidak'), fix('tp', 'tetapi'), fix('sy', 'saya')] },
    { text: 'Beras, gula, minyak dll', name: 'a standard abbreviation without its dot', findings: [fix('dll', 'dll.')] },
  ],
});
