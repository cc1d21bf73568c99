import { describe, expect, it } from 'vitest';
import type { RequestOf } from '../messaging/protocol';
import { FIRST_LINE_MAX, buildEntry, firstLineOf } from './entry';

const payload = (over: Partial<RequestOf<'journal:record'>> = {}): RequestOf<'journal:record'> => ({
  platform: 'facebook',
  profileId: 'kominfo',
  templateId: 'imbauan-banjir',
  findingsLeft: [],
  overridden: false,
  caption: 'Waspada banjir\nWarga diimbau menjauhi bantaran sungai.',
  ...over,
});

const templates = [
  { id: 'imbauan-banjir', purpose: 'edukatif' as const },
  { id: 'festival', purpose: 'promotif' as const },
];

describe('firstLineOf', () => {
  it.each([
    ['Satu baris', 'Satu baris'],
    ['  Spasi di depan  \nbaris dua', 'Spasi di depan'],
    ['\n\n  \nBaris ketiga\nlain', 'Baris ketiga'],
    ['Windows\r\nbaris', 'Windows'],
    ['', ''],
    ['   \n  ', ''],
  ])('%j → %j', (caption, line) => {
    expect(firstLineOf(caption)).toBe(line);
  });

  it('cuts a long line with an ellipsis', () => {
    const line = firstLineOf('a'.repeat(500));
    expect(Array.from(line)).toHaveLength(FIRST_LINE_MAX);
    expect(line.endsWith('…')).toBe(true);
  });

  it('never cuts an emoji in half', () => {
    const line = firstLineOf('🎉'.repeat(300));
    expect(line).toBe(`${'🎉'.repeat(FIRST_LINE_MAX - 1)}…`);
  });
});

describe('buildEntry', () => {
  const ctx = { id: 'e1', now: 1_700_000_000_000, templates, fullCaption: false };

  it('keeps only the first line by default', () => {
    const entry = buildEntry(payload(), ctx);
    expect(entry).toEqual({
      id: 'e1',
      postedAt: ctx.now,
      platform: 'facebook',
      profileId: 'kominfo',
      templateId: 'imbauan-banjir',
      purpose: 'edukatif',
      findingsLeft: [],
      overridden: false,
      firstLine: 'Waspada banjir',
      posted: true,
    });
  });

  it('keeps the full caption when the admin turned that on', () => {
    expect(buildEntry(payload(), { ...ctx, fullCaption: true }).caption).toBe(payload().caption);
  });

  it.each([
    [{ templateId: 'festival' }, 'festival', 'promotif'],
    [{ templateId: 'deleted-template' }, 'deleted-template', null],
    [{ templateId: null }, null, null],
    [{ templateId: undefined }, null, null],
  ] as const)('template %j → purpose %s', (over, templateId, purpose) => {
    const entry = buildEntry(payload(over), ctx);
    expect([entry.templateId, entry.purpose]).toEqual([templateId, purpose]);
  });

  it('records overridden findings and practice posts as such', () => {
    const findingsLeft = [{ ruleId: 'nik', category: 'personal-data', severity: 'error' }] as const;
    const entry = buildEntry(payload({ overridden: true, findingsLeft: [...findingsLeft], practice: true, profileId: null }), ctx);
    expect(entry).toMatchObject({ overridden: true, findingsLeft, practice: true, profileId: null });
  });
});

describe('personal data in the journal', () => {
  it("stores the first line and the full caption without a citizen's phone number or NIK", async () => {
    const { buildEntry } = await import('./entry');
    const payload = { platform: 'instagram' as const, findingsLeft: [], overridden: true, caption: 'Selamat kepada Ibu Sari (0812 3456 7890) atas bantuannya.\nNIK 3404011203850001' };
    const entry = buildEntry(payload, { id: 'x', now: 0, templates: [], fullCaption: true });
    expect(entry.firstLine).toBe('Selamat kepada Ibu Sari (•••• •••• ••••) atas bantuannya.');
    expect(entry.caption).not.toMatch(/3404011203850001|0812/);
  });
});
