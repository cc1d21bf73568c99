import { ruleTable } from '../testing';
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
