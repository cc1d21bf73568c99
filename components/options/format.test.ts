import { describe, expect, it } from 'vitest';
import { formatDate } from './format';

describe('formatDate', () => {
  it('writes calendar days without shifting them', () => {
    expect(formatDate('2026-11-01', 'id')).toMatch(/1 Nov 2026/);
    expect(formatDate('2026-11-01', 'en')).toMatch(/1 Nov 2026/);
  });
  it('leaves what is not a date as it is', () => {
    expect(formatDate('kemarin', 'id')).toBe('kemarin');
    expect(formatDate(undefined, 'id')).toBe('');
  });
});
