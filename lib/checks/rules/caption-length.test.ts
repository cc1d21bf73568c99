import { describe, expect, it } from 'vitest';
import { ruleTable, runRule } from '../testing';
import { captionLength } from './caption-length';

const exactly = 'a'.repeat(2200);

ruleTable(captionLength, {
  valid: [
    exactly,
    { text: 'a'.repeat(4000), ctx: { platform: 'tiktok' } },
    { text: 'a'.repeat(3000), ctx: { settings: { limits: { instagram: { captionLength: 3000 } } } }, name: 'preset limit' },
    { text: '😀'.repeat(1100), name: 'emoji count as two units each (2,200)' },
  ],
  invalid: [
    { text: `${exactly}bc`, findings: [{ match: 'bc', severity: 'error' }] },
    { text: 'a'.repeat(4001), ctx: { platform: 'tiktok' }, findings: [{ match: 'a', start: 4000, severity: 'error' }] },
    {
      text: `${'a'.repeat(2199)}😀`,
      name: 'never cuts an emoji in half',
      findings: [{ match: '😀', start: 2199, severity: 'error' }],
    },
  ],
});

describe('replies', () => {
  it.each([
    ['tiktok', 150],
    ['facebook', 8000],
    ['instagram', 2200],
  ] as const)('hold %s comments to %i characters', (platform, max) => {
    expect(runRule(captionLength, 'a'.repeat(max), { platform, surface: 'reply' })).toEqual([]);
    const [finding] = runRule(captionLength, 'a'.repeat(max + 3), { platform, surface: 'reply' });
    expect(finding).toMatchObject({ start: max, end: max + 3, severity: 'error' });
    expect(finding?.message).toContain('komentar');
  });

  it('take the limit from the preset', () => {
    expect(runRule(captionLength, 'a'.repeat(200), { platform: 'tiktok', surface: 'reply', settings: { limits: { tiktok: { replyLength: 300 } } } })).toEqual([]);
  });
});
