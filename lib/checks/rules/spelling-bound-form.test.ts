import { ruleTable } from '../testing';
import { spellingBoundForm } from './spelling-bound-form';

const fix = (match: string, to: string) => ({ match, severity: 'warning' as const, suggestions: [to], safe: true as const });

ruleTable(spellingBoundForm, {
  valid: [
    'Bantuan pascabanjir dan transaksi nontunai untuk pegawai non-ASN.',
    'Kami anti, kata mereka.',
    { text: 'Warga anti terhadap narkoba; pro dan kontra juga ada.', name: 'free use before a function word' },
    { text: 'pasca 2024', name: 'a number after the prefix' },
    { text: '#pasca banjir', name: 'the prefix inside a hashtag' },
    { text: 'non\ntunai', name: 'a line break between them' },
  ],
  invalid: [
    { text: 'Bantuan pasca banjir', findings: [fix('pasca banjir', 'pascabanjir')] },
    { text: 'Pegawai non ASN', findings: [fix('non ASN', 'non-ASN')] },
    { text: 'Sub Bagian Umum', findings: [fix('Sub Bagian', 'Subbagian')] },
    { text: 'suasana pasca Lebaran', findings: [fix('pasca Lebaran', 'pasca-Lebaran')] },
    { text: 'GERAKAN ANTI KORUPSI', findings: [fix('ANTI KORUPSI', 'ANTIKORUPSI')] },
  ],
});
