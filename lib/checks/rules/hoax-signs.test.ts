import { describe, expect, it } from 'vitest';
import { FACT_CHECK_LINKS } from '../refs';
import { ruleTable, runRule } from '../testing';
import { hoaxSigns } from './hoax-signs';

ruleTable(hoaxSigns, {
  valid: [
    'Tetap waspada saat hujan deras. Segera laporkan genangan ke 112.',
    'Gempa M5,2 terjadi pukul 10.15 WIB di selatan Bantul. Sumber: BMKG.',
    'Pendaftaran bansos dibuka di kantor desa. Info: https://sleman.go.id',
    {
      name: 'an official clarification with a source',
      text: '[HOAKS] Pesan berantai "VIRALKAN! Bansos cair lewat bit.ly/bansos2024" adalah tidak benar. Sumber: Kemensos, https://kemensos.go.id',
    },
    { name: 'hashtag is not a sign', text: 'Info #viralkan' },
  ],
  invalid: [
    {
      name: 'one weak sign is info',
      text: 'Katanya jalan ditutup besok.',
      findings: [{ match: 'Katanya', severity: 'info', links: FACT_CHECK_LINKS }],
    },
    {
      name: 'one strong sign is a warning',
      text: 'Viralkan info ini',
      findings: [{ match: 'Viralkan', severity: 'warning' }],
    },
    {
      name: 'several strong signs are an error',
      text: 'PENTING!!! Obat ini 100% ampuh, terbukti menyembuhkan diabetes. VIRALKAN sebelum dihapus!',
      findings: [
        { match: 'PENTING', severity: 'error' },
        { match: '!!!', severity: 'error' },
        { match: '100% ampuh', severity: 'error' },
        { match: 'terbukti menyembuhkan', severity: 'error' },
        { match: 'VIRALKAN', severity: 'error' },
        { match: 'sebelum dihapus', severity: 'error' },
      ],
    },
    {
      name: 'free money with a short link',
      text: 'Bansos cair Rp600.000! Daftar di bit.ly/bansos-cair',
      findings: [
        { match: 'Bansos cair', severity: 'warning' },
        { match: 'bit.ly/bansos-cair', severity: 'warning' },
      ],
    },
    {
      name: 'exact-time disaster warning',
      text: 'Akan ada gempa susulan pukul 23.00 malam ini, segera mengungsi',
      findings: [{ match: 'gempa susulan pukul 23.00', severity: 'warning' }],
    },
    {
      name: 'a clarification label without a source',
      text: '[SALAH] Video banjir itu bukan di Sleman.',
      findings: [{ match: '[SALAH]', severity: 'info' }],
    },
    {
      name: 'preset phrases are literal',
      text: 'Info (a+)+ dari grup',
      ctx: { settings: { rules: { 'hoax-signs': { phrases: ['(a+)+'] } } } },
      findings: [{ match: '(a+)+', severity: 'warning' }],
    },
  ],
});

describe('hoax-signs settings', () => {
  it('can be turned off by the preset', () => {
    expect(runRule(hoaxSigns, 'VIRALKAN!!!', { settings: { rules: { 'hoax-signs': { enabled: false } } } })).toEqual([]);
  });
});
