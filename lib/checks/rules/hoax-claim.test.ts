import '../claims/install';
import { describe, expect, it } from 'vitest';
import { ruleTable, runRule } from '../testing';
import type { Claim } from '../types';
import { hoaxClaim } from './hoax-claim';

const CHIP: Claim = {
  id: 'vaksin-chip',
  claim: { id: 'Vaksin Covid-19 mengandung microchip untuk melacak dan mengontrol orang yang disuntik.', en: 'Covid-19 vaccines contain a microchip to track and control the people who get the shot.' },
  verdict: 'hoaks',
  source: { name: 'Turn Back Hoax', url: 'https://turnbackhoax.id/contoh-chip', title: '[SALAH] Chip dalam Vaksin' },
  published: '2021-01-21',
  keywords: ['microchip'],
};
const BANSOS: Claim = {
  id: 'bansos-link',
  claim: { id: 'Kemensos membuka pendaftaran bantuan Rp300.000 lewat formulir di tautan yang harus dibagikan ke grup WhatsApp.' },
  verdict: 'penipuan',
  source: { name: 'Kominfo', url: 'https://www.kominfo.go.id/contoh-bansos' },
  published: '2021-07-07',
};
const GEMPA: Claim = {
  id: 'gempa-susulan',
  claim: { id: 'BMKG memperingatkan gempa susulan M 8,4 di Madura malam ini, warga diminta keluar rumah pukul 22.00.' },
  verdict: 'hoaks',
  source: { name: 'BMKG', url: 'https://www.bmkg.go.id/contoh' },
  published: '2018-10-12',
  keywords: ['Madura'],
};
const OLD: Claim = { ...BANSOS, id: 'kedaluwarsa', claim: { id: 'Pulsa gratis 50 GB dari operator untuk semua pelanggan yang membagikan pesan ini.' }, expires: '2020-01-01' };
const claims = [CHIP, BANSOS, GEMPA, OLD];
const ctx = { claims, today: '2026-03-01' };

ruleTable(hoaxClaim, {
  valid: [
    { name: 'an official vaccination caption on the same topic', text: 'Vaksinasi Covid-19 dosis lanjutan dibuka di Puskesmas Depok, Senin 08.00 WIB. Bawa KTP.', ctx },
    { name: 'a sourced [HOAKS] clarification quoting the claim', text: '[HOAKS] Vaksin Covid-19 mengandung microchip untuk melacak dan mengontrol orang yang disuntik. Faktanya vaksin tidak berisi chip. Sumber: https://turnbackhoax.id/contoh-chip', ctx },
    { name: '"tidak benar bahwa …" with a source', text: 'Tidak benar bahwa vaksin Covid-19 berisi microchip pelacak untuk mengontrol warga yang disuntik. Sumber: Kemenkes, https://sehatnegeriku.kemkes.go.id', ctx },
    { name: 'a real bansos announcement', text: 'Penyaluran bantuan sosial tahap II dilakukan di kantor pos kecamatan. Cek penerima di cekbansos.kemensos.go.id, tanpa biaya apa pun.', ctx },
    { name: 'a past earthquake report', text: 'Gempa M 4,1 mengguncang Sumenep, Madura, Senin pukul 01.27 WIB. Tidak berpotensi tsunami. Sumber: BMKG.', ctx },
    { name: 'an expired claim is not matched', text: 'Pulsa gratis 50 GB dari operator untuk semua pelanggan yang membagikan pesan ini!', ctx },
    { name: 'no claims in the preset', text: 'Vaksin Covid-19 mengandung microchip untuk melacak dan mengontrol orang yang disuntik.' },
    { name: 'the same words scattered over a long post', text: `Vaksin tersedia di puskesmas. ${'Jadwal kegiatan posyandu dan imunisasi anak berjalan seperti biasa. '.repeat(12)}Microchip dan kartu identitas tidak diperlukan. ${'Warga diminta datang tepat waktu. '.repeat(10)}Petugas akan melacak data kunjungan untuk laporan.`, ctx },
  ],
  invalid: [
    {
      name: 'a forwarded rewording with slang, emoji and capitals',
      text: 'Hati2!! v4ksin COVID itu ada MICROCHIP nya 😱 buat ngelacak & ngontrol org yg disuntik... sebarkan!',
      ctx,
      findings: [{ match: 'v4ksin COVID itu ada MICROCHIP nya 😱 buat ngelacak & ngontrol org yg disuntik', severity: 'error' }],
    },
    {
      name: 'the claim quoted inside a longer message',
      text: 'Selamat pagi bapak ibu. Info dari grup sebelah, mohon dicek: Kemensos buka pendaftaran bantuan 300 ribu, isi formulir di tautan ini lalu bagikan ke 10 grup WhatsApp. Terima kasih.',
      ctx,
      findings: [{ match: 'Kemensos buka pendaftaran bantuan 300 ribu, isi formulir di tautan ini lalu bagikan ke 10 grup WhatsApp', severity: 'error' }],
    },
    {
      name: 'reordered words',
      text: 'Malam ini warga Madura diminta keluar rumah jam 22.00, BMKG peringatkan ada gempa susulan 8,4!!',
      ctx,
      findings: [{ match: 'Malam ini warga Madura diminta keluar rumah jam 22.00, BMKG peringatkan ada gempa susulan', severity: 'error' }],
    },
    {
      name: '"ini bukan hoaks" does not make it a clarification',
      text: 'Ini bukan hoaks! Vaksin covid berisi microchip untuk melacak dan mengontrol orang yang disuntik.',
      ctx,
      findings: [{ match: 'Vaksin covid berisi microchip untuk melacak dan mengontrol orang yang disuntik', severity: 'error' }],
    },
    {
      name: 'a clarification without a source is asked to cite the fact-check',
      text: 'HOAKS! Vaksin Covid-19 mengandung microchip untuk melacak dan mengontrol orang yang disuntik. Jangan disebarkan.',
      ctx,
      findings: [{ match: 'Vaksin Covid-19 mengandung microchip untuk melacak dan mengontrol orang yang disuntik', severity: 'info' }],
    },
  ],
});

describe('hoax-claim findings', () => {
  it('name the claim, the verdict, the fact-check, its date and link to it', () => {
    const [f] = runRule(hoaxClaim, 'Vaksin covid ada microchip buat melacak dan mengontrol orang yang disuntik', ctx);
    expect(f?.message).toBe('Klaim ini sudah dinyatakan HOAKS oleh Turn Back Hoax (2021-01-21): "Vaksin Covid-19 mengandung microchip untuk melacak dan mengontrol orang yang disuntik."');
    expect(f?.links).toEqual([{ label: 'Turn Back Hoax: [SALAH] Chip dalam Vaksin', url: 'https://turnbackhoax.id/contoh-chip' }]);
    expect(f?.evidence).toEqual({
      claimId: 'vaksin-chip',
      claim: CHIP.claim.id,
      verdict: 'hoaks',
      title: '[SALAH] Chip dalam Vaksin',
      source: 'Turn Back Hoax',
      url: 'https://turnbackhoax.id/contoh-chip',
      published: '2021-01-21',
    });
    const [en] = runRule(hoaxClaim, 'Vaksin covid ada microchip buat melacak dan mengontrol orang yang disuntik', { ...ctx, lang: 'en' });
    expect(en?.message).toContain('rated HOAKS by Turn Back Hoax (2021-01-21): "Covid-19 vaccines contain a microchip');
  });

  it('a preset can lower the severity like any rule', () => {
    const found = runRule(hoaxClaim, 'Vaksin covid ada microchip buat melacak dan mengontrol orang yang disuntik', { ...ctx, settings: { rules: { 'hoax-claim': { severity: 'warning' } } } });
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });
});
