/**
 * The rule engine with the reply surface: a table of replies an admin might write under a post,
 * with the rules each must trigger (or not). Caption-only rules (required hashtags, "… more" cut,
 * short name before the full name) stay quiet; personal data, requests for it, SARA, neutrality,
 * spelling and the comment length limit speak.
 */
import { describe, expect, it } from 'vitest';
import { check, makeContext } from './index';
import { testProfile } from './testing';
import type { Platform } from './types';

const profile = testProfile({
  officialName: 'Pemerintah Kabupaten Sukamaju',
  shortNames: ['Pemkab Sukamaju'],
  hashtags: { required: ['SukamajuMaju'], recommended: ['InfoSukamaju'], forbidden: [] },
});

const table: Array<{ text: string; platform?: Platform; rules: string[]; name: string }> = [
  { name: 'an ordinary answer', text: 'Terima kasih, Bapak. Aduan Anda sudah kami teruskan ke Dinas Perhubungan.', rules: [] },
  { name: 'no hashtag, no official name first', text: 'Terima kasih atas sarannya. Pemkab Sukamaju akan menindaklanjuti.', rules: [] },
  { name: 'a long first line is fine in a comment', text: `Terima kasih ${'atas laporannya '.repeat(40)}`.trim(), platform: 'facebook', rules: [] },
  { name: 'repeating a citizen’s NIK', text: 'NIK 3404121205950001 sudah kami catat.', rules: ['personal-nik'] },
  { name: 'repeating a citizen’s phone number', text: 'Kami hubungi di 081234567890 ya.', rules: ['personal-phone'] },
  { name: 'asking for a NIK in public', text: 'Silakan tulis NIK dan alamat lengkap di kolom komentar.', rules: ['personal-data-request'] },
  { name: 'asking for the full address', text: 'Sebutkan alamat lengkap Anda.', rules: ['personal-data-request'] },
  { name: 'asking by direct message', text: 'Mohon kirimkan NIK Anda melalui pesan langsung (DM).', rules: [] },
  { name: 'non-standard spelling', text: 'Silahkan datang ke kantor kami.', rules: ['spelling'] },
  { name: 'a campaign gesture', text: 'Terima kasih, salam dua jari!', rules: ['election-neutrality'] },
  { name: 'over the TikTok comment limit', text: 'a'.repeat(151), platform: 'tiktok', rules: ['caption-length'] },
  { name: 'at the TikTok comment limit', text: 'a'.repeat(150), platform: 'tiktok', rules: [] },
];

describe('checks on replies', () => {
  it.each(table)('$name', ({ text, platform = 'instagram', rules }) => {
    const found = check(text, makeContext({ platform, profile, surface: 'reply' }))
      .filter((f) => f.severity !== 'info')
      .map((f) => f.ruleId);
    expect([...new Set(found)].sort()).toEqual([...rules].sort());
  });

  it('a caption with the same text still gets the caption-only rules', () => {
    const text = 'Terima kasih atas sarannya. Pemkab Sukamaju akan menindaklanjuti.';
    const ids = check(text, makeContext({ platform: 'instagram', profile })).map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['hashtag-required', 'brand-short-name']));
  });

  it('SARA in a reply is flagged', () => {
    const ids = check('Dasar kafir, jangan komentar di sini.', makeContext({ platform: 'facebook', profile, surface: 'reply' })).map((f) => f.ruleId);
    expect(ids).toContain('sara');
  });
});
